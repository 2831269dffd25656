import type { TopLevelSpec } from 'vega-lite';
import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { parseDay } from '../engine/dates.js';
import { count, percent } from '../sweep/report/format.js';
import type { MilestoneSpread, SweepSpread } from '../sweep/read-sweep.js';

const WIDTH = 600;
const HEIGHT = 70;
/** The "never" column beside each histogram: one bar, as wide as its label. */
const NEVER_WIDTH = 34;
const PERCENTILES = ['p10', 'median', 'p90'] as const;
/** Pixels between label rows: a 9-pixel font and a little air. */
const LABEL_ROW = 11;
/** The y axis's width, the same in every panel so the panels' plots line up under one date axis. */
const Y_AXIS_EXTENT = 36;
const BAR = { type: 'bar' as const, color: '#4c78a8', stroke: '#ffffff', strokeWidth: 0.5 };

/** The name Vega gives a layer's marks: `bars_final_approval_marks` in the SVG's classes. */
export const sweepLayer = (kind: 'bars' | 'percentiles' | 'never', milestone: MilestoneId): string => `${kind}-${milestone}`;

/** Reached on one and the same day by every run: a histogram of it would be one full bar saying nothing. */
export const isFixed = (m: MilestoneSpread): boolean => m.days.length === 1 && m.neverRuns === 0;

/**
 * A Vega-Lite histogram of each milestone's date across a sweep's runs, one
 * panel per milestone whose date varies (or that some runs never reach), every
 * panel on one shared date axis and of one width: a bar per day, a rule at the
 * p10, median and p90 dates, and beside it a "never" bar for the runs that
 * never reached it. Milestones every run reached on the same day, and those no
 * run reached, are named in the subtitle. Every mark carries a description.
 *
 * @example renderVegaLite(sweepChartSpec(readSweep('out.json')))
 */
export function sweepChartSpec(sweep: SweepSpread): TopLevelSpec {
  const reached = MILESTONE_IDS.filter((id) => sweep.milestones[id].days.length > 0);
  if (reached.length === 0) throw new RangeError('nothing to draw: no run of this sweep reached any milestone');
  const drawn = reached.filter((id) => !isFixed(sweep.milestones[id]));
  const unreached = MILESTONE_IDS.filter((id) => !reached.includes(id));
  const all = drawn.flatMap((id) => sweep.milestones[id].days.map((d) => parseDay(d.date)!));
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
        ...(drawn.length ? ['Bars: runs reaching the milestone that day, and runs that never did. Rules: the 10th, 50th (median) and 90th percentile dates.'] : []),
        ...sameDayNotes(sweep, reached.filter((id) => !drawn.includes(id))),
        ...(unreached.length ? [`Never reached in any run: ${unreached.join(', ')}.`] : []),
      ],
      anchor: 'start',
    },
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 11 }, view: { stroke: '#dddddd' }, title: { subtitleFontSize: 11 } },
    spacing: 18,
    vconcat: drawn.length ? drawn.map((id) => panel(sweep, id, x)) : [nothingVaries()],
  };
}

/** Vega-Lite needs a view to draw: with no panel, one line saying why. */
function nothingVaries() {
  const text = 'No histogram to draw: in these runs no milestone\'s date varies, and none is reached in some runs only.';
  return {
    width: WIDTH, height: 14, view: { stroke: null },
    data: { values: [{ text, description: text }] },
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, x: 0, y: 0, fontSize: 11 },
    encoding: { text: { field: 'text' }, description: { field: 'description' } },
  };
}

/** "Same day in every run: formal-request and advisors-recommend 2024-05-13." — one line per day. */
function sameDayNotes(sweep: SweepSpread, fixed: readonly MilestoneId[]): string[] {
  const byDay = new Map<string, MilestoneId[]>();
  for (const id of fixed) {
    const day = sweep.milestones[id].days[0]!.date;
    byDay.set(day, [...(byDay.get(day) ?? []), id]);
  }
  return [...byDay].map(([day, ids]) => `Same day in every run: ${ids.join(', ')} on ${day}.`);
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
  const y = { field: 'runs', type: 'quantitative' as const, title: 'runs', axis: { tickCount: 3, minExtent: Y_AXIS_EXTENT, maxExtent: Y_AXIS_EXTENT } };
  const histogram = {
    width: WIDTH,
    height: HEIGHT,
    layer: [
      {
        name: sweepLayer('bars', id), data: { values: bars }, mark: BAR,
        encoding: { x, x2: { field: 'end' }, y, y2: { datum: 0 }, description: { field: 'description' } },
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
  // Drawn even at zero runs, so every row has the same columns and the date axes line up.
  const neverBar = {
    name: sweepLayer('never', id), width: NEVER_WIDTH, height: HEIGHT,
    data: { values: [{ column: 'never', runs: m.neverRuns, description: `${id} · never · ${m.neverRuns} runs` }] },
    mark: { ...BAR, color: '#9d755d' },
    encoding: {
      x: { field: 'column', type: 'nominal' as const, title: null, axis: { labelAngle: 0, ticks: false } },
      y: { ...y, axis: null }, description: { field: 'description' },
    },
  };
  return {
    title: { text: `${id}: ${never}${note}`, anchor: 'start' as const, fontSize: 12 },
    spacing: 4,
    // One y scale for a row: the never bar is read against the day bars.
    resolve: { scale: { y: 'shared' as const } },
    hconcat: [histogram, neverBar],
  };
}
