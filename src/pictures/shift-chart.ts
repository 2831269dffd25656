import type { TopLevelSpec } from 'vega-lite';
import type { PairedShift } from '../sweep/ensemble/answers.js';
import { count, percent } from '../sweep/report/format.js';

const WIDTH = 600;
/** The y axis's width, the same in every panel so the plots line up under one axis of days. */
const Y_AXIS_EXTENT = 36;

/**
 * A Vega-Lite histogram, per milestone, of how many days b moves it against a
 * member by member over an ensemble (b's day minus a's, for members reaching it
 * in both), on one shared axis of days; each panel's title gives the shares
 * earlier, on the same day, later and never. Every mark carries a description.
 *
 * @example renderVegaLite(shiftChartSpec(pairedShifts(a, b), 'baseline', 'allies-hold-back', 1121))
 */
export function shiftChartSpec(shifts: readonly PairedShift[], a: string, b: string): TopLevelSpec {
  const members = shifts[0]?.members ?? 0;
  const all = shifts.flatMap((s) => s.shifts);
  const [lo, hi] = all.length ? [Math.min(0, ...all), Math.max(0, ...all)] : [-1, 1];
  const x = { field: 'shift', type: 'quantitative' as const, title: `days ${b} moves it (later +, earlier −)`, scale: { domain: [lo - 1, hi + 1] }, axis: { tickMinStep: 1 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `How ${b} moves each milestone against ${a}, member by member over ${count(members)} members`,
      subtitle: ['Bars: members whose milestone moves by that many days (those reaching it in both). Titles: the shares earlier, same day, later, never.'],
      anchor: 'start',
    },
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 11 }, view: { stroke: '#dddddd' }, title: { subtitleFontSize: 11 } },
    spacing: 18,
    vconcat: shifts.map((s) => panel(s, x)),
  };
}

function panel(s: PairedShift, x: object) {
  const counts = new Map<number, number>();
  for (const d of s.shifts) counts.set(d, (counts.get(d) ?? 0) + 1);
  const bars = [...counts].sort((p, q) => p[0] - q[0]).map(([shift, n]) => ({
    shift: shift - 0.45, end: shift + 0.45, members: n, description: `${s.id} · ${shift > 0 ? '+' : ''}${shift} days · ${n} members`,
  }));
  const share = (n: number) => percent(n / s.members);
  return {
    title: { text: `${s.id}: earlier ${share(s.earlier)} · same day ${share(s.same)} · later ${share(s.later)} · never ${share(s.never)}`, anchor: 'start' as const, fontSize: 12 },
    width: WIDTH,
    height: 60,
    data: { values: bars },
    mark: { type: 'bar' as const, color: '#4c78a8' },
    encoding: {
      x, x2: { field: 'end' },
      y: { field: 'members', type: 'quantitative' as const, title: 'members', axis: { tickCount: 3, minExtent: Y_AXIS_EXTENT, maxExtent: Y_AXIS_EXTENT } },
      description: { field: 'description' },
    },
  };
}
