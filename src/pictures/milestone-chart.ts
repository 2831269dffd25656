import type { TopLevelSpec } from 'vega-lite';
import { MILESTONE_IDS } from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { daysBetween, formatDay, parseDay } from '../engine/dates.js';
import type { MilestoneSeries } from './milestone-series.js';

export const INPUTS_ROW = 'input events';
const WIDTH = 640;
/** Days of margin either side of the milestones; input events beyond are counted, not drawn. */
const LEAD_DAYS = 10;
const TRAIL_DAYS = 5;
const SHAPES = ['circle', 'diamond', 'square', 'triangle-up', 'cross', 'triangle-down'];

type Row = Record<string, string | null>;

/**
 * A Vega-Lite timeline of the nine milestones of one or more runs on one date
 * axis: a row per milestone and a mark per scenario, a rule from the first
 * scenario's date to each other's with the shift in days, "not reached" at the
 * right edge where a run never got there, and the input events as ticks.
 * Every mark carries a description (its aria-label in the SVG).
 *
 * @example renderVegaLite(milestoneChartSpec([baseline, whatIf]))
 */
export function milestoneChartSpec(series: readonly MilestoneSeries[]): TopLevelSpec {
  const names = uniqueNames(series);
  const [start, end] = window(series);
  const { reached, missed, shifts } = milestoneRows(series, names, end);
  const ticks = series.flatMap((s, i) => s.inputs
    .filter((e) => e.date >= start && e.date <= end)
    .map((e): Row => ({ milestone: INPUTS_ROW, scenario: names[i]!, date: e.date, description: `${names[i]} · input ${e.id} · ${e.date}` })));
  const hidden = series.reduce((n, s) => n + s.inputs.length, 0) - ticks.length;

  // Vega parses inline values in place: each layer gets copies of its rows.
  const data = (rows: readonly Row[]) => ({ values: rows.map((r) => ({ ...r })) });
  // No label limit: Vega's default (160 px) cuts a long scenario id ("kremlin-warns-wash…").
  const legend = { title: null, orient: 'top' as const, symbolOpacity: 1, labelLimit: 0 };
  const x = {
    field: 'date', type: 'temporal' as const, title: null, scale: { type: 'utc' as const },
    axis: { format: '%b %d', tickCount: 'week' as const, labelAngle: 0 },
  };
  const rows = [...MILESTONE_IDS, INPUTS_ROW];
  const common = {
    y: { field: 'milestone', type: 'nominal' as const, title: null, axis: { labelLimit: 240 }, sort: rows, scale: { domain: rows } },
    yOffset: { field: 'scenario', type: 'nominal' as const, sort: names, scale: { domain: names, paddingOuter: 0.3 } },
    color: { field: 'scenario', type: 'nominal' as const, sort: names, scale: { domain: names }, legend },
    description: { field: 'description' },
  };
  const shape = { field: 'scenario', type: 'nominal' as const, sort: names, scale: { domain: names, range: SHAPES }, legend };
  // The window is an explicit domain in one layer only: Vega-Lite warns when layers repeat it.
  const windowed = { ...x, scale: { ...x.scale, domain: [utcDay(start), utcDay(end)] } };

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Milestones: ${names.join(' against ')}`,
      subtitle: [
        series.length > 1 ? `Rules and day counts: the shift from ${names[0]}.` : 'Each mark: the day a milestone was reached.',
        `Ticks: input events from ${start} to ${end}${hidden > 0 ? ` (${hidden} outside this window not shown)` : ''}.`,
      ],
      anchor: 'start',
    },
    width: WIDTH,
    // With yOffset, the step is one scenario's share of a row.
    height: { step: 13 },
    encoding: { x },
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 11 }, view: { stroke: '#dddddd' } },
    layer: [
      { name: 'shifts', data: data(shifts), mark: { type: 'rule', strokeWidth: 2, opacity: 0.6 }, encoding: { ...common, x2: { field: 'from' } } },
      { name: 'milestones', data: data(reached), mark: { type: 'point', filled: true, size: 70, opacity: 1 }, encoding: { ...common, shape } },
      { name: 'shift-labels', data: data(shifts), mark: { type: 'text', align: 'left', dx: 7, fontSize: 9 }, encoding: { ...common, text: { field: 'shift' } } },
      {
        name: 'not-reached', data: data(missed), mark: { type: 'text', align: 'right', dx: -2, fontSize: 9, fontStyle: 'italic' },
        encoding: { ...common, text: { value: 'not reached' } },
      },
      { name: 'inputs', data: data(ticks), mark: { type: 'tick', thickness: 1.5, opacity: 0.8 }, encoding: { ...common, x: windowed } },
    ],
  };
}

/** One row per milestone and scenario: reached (with its shift from the first scenario) or missed. */
function milestoneRows(series: readonly MilestoneSeries[], names: readonly string[], end: string) {
  const reached: Row[] = [];
  const missed: Row[] = [];
  const shifts: Row[] = [];
  series.forEach((s, i) => {
    for (const milestone of MILESTONE_IDS) {
      const row = { milestone, scenario: names[i]! };
      const date = s.milestones[milestone];
      if (!date) {
        missed.push({ ...row, date: end, description: `${row.scenario} · ${milestone} · not reached` });
        continue;
      }
      const base = i > 0 ? series[0]!.milestones[milestone] : null;
      const days = base ? daysBetween(base, date) : 0;
      const shift = days === 0 ? '' : `${days > 0 ? '+' : '−'}${Math.abs(days)} d`;
      const against = shift ? ` (${shift} against ${names[0]})` : '';
      reached.push({ ...row, date, shift, description: `${row.scenario} · ${milestone} · ${date}${against}` });
      if (shift) shifts.push({ ...row, from: base, date, shift, description: `${row.scenario} · ${milestone} · ${shift} from ${base} to ${date}` });
    }
  });
  return { reached, missed, shifts };
}

/** The dates the axis spans: the milestones of every run with a margin, or the inputs when no run reached any. */
function window(series: readonly MilestoneSeries[]): [string, string] {
  const reached = series.flatMap((s) => Object.values(s.milestones).filter((d): d is string => d !== null));
  const dates = (reached.length ? reached : series.flatMap((s) => s.inputs.map((e) => e.date))).sort();
  if (dates.length === 0) throw new RangeError('nothing to draw: no scenario has input events');
  const [lo, hi] = [parseDay(dates[0]!)!, parseDay(dates.at(-1)!)!];
  return reached.length ? [formatDay(lo - LEAD_DAYS), formatDay(hi + TRAIL_DAYS)] : [formatDay(lo), formatDay(hi)];
}

/** A day as milliseconds since the epoch, UTC like every date of a run. */
function utcDay(date: string): number {
  return parseDay(date)! * DAY_MS;
}

/** Scenario ids, made unique when the same one is drawn twice. */
function uniqueNames(series: readonly MilestoneSeries[]): string[] {
  const seen = new Map<string, number>();
  return series.map((s) => {
    const n = (seen.get(s.scenario) ?? 0) + 1;
    seen.set(s.scenario, n);
    return n === 1 ? s.scenario : `${s.scenario} (${n})`;
  });
}
