import type { TopLevelSpec } from 'vega-lite';
import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { parseDay } from '../engine/dates.js';
import { count, percent } from '../sweep/report/format.js';
import type { SweepSpread } from '../sweep/read-sweep.js';

const WIDTH = 600;
const PERCENTILES = ['p10', 'median', 'p90'] as const;
/** Pixels between label rows: a 9-pixel font and a little air. */
const LABEL_ROW = 11;
/** The y axis's width, the same in every panel so the panels' plots line up under one date axis. */
const Y_AXIS_EXTENT = 36;

/** The name Vega gives a layer's marks: `bars_final_approval_marks` in the SVG's classes. */
export const sweepLayer = (kind: 'bars' | 'percentiles', milestone: MilestoneId): string => `${kind}-${milestone}`;

/**
 * A Vega-Lite histogram of each milestone's date across a sweep's runs, one
 * panel per milestone some run reached, on one shared date axis: a bar per
 * day, a rule at the p10, median and p90 dates, and the share of runs that
 * never reached it in the panel's title. Every mark carries a description.
 *
 * @example renderVegaLite(sweepChartSpec(readSweep('out.json')))
 */
export function sweepChartSpec(sweep: SweepSpread): TopLevelSpec {
  const reached = MILESTONE_IDS.filter((id) => sweep.milestones[id].days.length > 0);
  const unreached = MILESTONE_IDS.filter((id) => !reached.includes(id));
  if (reached.length === 0) throw new RangeError('nothing to draw: no run of this sweep reached any milestone');
  const all = reached.flatMap((id) => sweep.milestones[id].days.map((d) => parseDay(d.date)!));
  const domain = [(Math.min(...all) - 1) * DAY_MS, (Math.max(...all) + 2) * DAY_MS];
  const x = {
    field: 'start', type: 'temporal' as const, title: null, scale: { type: 'utc' as const, domain },
    axis: { format: '%b %d', tickCount: 'week' as const, labelAngle: 0 },
  };
  const { header, runs } = sweep;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Milestone dates over ${count(runs)} runs of ${header.scenario.id} (seed ${header.seed})`,
      subtitle: [
        'Bars: runs reaching the milestone that day. Rules: the 10th, 50th (median) and 90th percentile dates.',
        ...(unreached.length ? [`Never reached in any run: ${unreached.join(', ')}.`] : []),
      ],
      anchor: 'start',
    },
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 11 }, view: { stroke: '#dddddd' }, title: { subtitleFontSize: 11 } },
    spacing: 18,
    vconcat: reached.map((id) => panel(sweep, id, x)),
  };
}

function panel(sweep: SweepSpread, id: MilestoneId, x: object) {
  const m = sweep.milestones[id];
  const bars = m.days.map((d) => ({
    start: parseDay(d.date)! * DAY_MS, end: (parseDay(d.date)! + 1) * DAY_MS, runs: d.runs,
    description: `${id} · ${d.date} · ${d.runs} runs`,
  }));
  // A percentile's rule sits in the middle of its day's bar.
  const rules = PERCENTILES.filter((p) => m[p] !== 'never').map((p) => ({
    start: (parseDay(m[p])! + 0.5) * DAY_MS, label: p, description: `${id} · ${p} · ${m[p]}`,
  }));
  const missing = PERCENTILES.filter((p) => m[p] === 'never');
  const never = m.neverRuns === 0 ? 'every run reached it' : `never reached in ${percent(m.never)} of runs (${count(m.neverRuns)})`;
  const note = missing.length ? `; ${missing.join(', ')}: never` : '';
  return {
    title: { text: `${id}: ${never}${note}`, anchor: 'start' as const, fontSize: 12 },
    width: WIDTH,
    height: 70,
    layer: [
      {
        name: sweepLayer('bars', id), data: { values: bars }, mark: { type: 'bar' as const, color: '#4c78a8', stroke: '#ffffff', strokeWidth: 0.5 },
        encoding: { x, x2: { field: 'end' }, y: { field: 'runs', type: 'quantitative' as const, title: 'runs', axis: { tickCount: 3, minExtent: Y_AXIS_EXTENT, maxExtent: Y_AXIS_EXTENT } }, y2: { datum: 0 }, description: { field: 'description' } },
      },
      {
        name: sweepLayer('percentiles', id), data: { values: rules }, mark: { type: 'rule' as const, color: '#e45756', strokeWidth: 1.5, strokeDash: [4, 2] },
        encoding: { x, description: { field: 'description' } },
      },
      // Each percentile's label on a row of its own: two on neighbouring days never print over each other ("medip90").
      ...PERCENTILES.map((p, row) => ({
        name: `labels-${p}-${id}`, data: { values: rules.filter((r) => r.label === p) },
        mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 3, y: row * LABEL_ROW, fontSize: 9, color: '#b03030' },
        encoding: { x, text: { field: 'label' } },
      })),
    ],
  };
}
