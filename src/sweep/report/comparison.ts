import { MILESTONE_IDS } from '../../../machines/index.js';
import { daysBetween } from '../../engine/dates.js';
import type { SweepHeader } from '../rows.js';
import type { SweepDate, SweepSummary } from '../summarize.js';
import { columns, count, percent, rule, signed } from './format.js';

/** The difference between two scenarios' sweeps (b minus a), milestone by milestone. */
export interface SweepDifference {
  /** Change in the share reached by the date, in percentage points. */
  readonly reachedBy: number;
  /** Change in days of the median, p10 and p90; null when either is "never". */
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
}

export function difference(a: SweepSummary, b: SweepSummary): Record<string, SweepDifference> {
  const shift = (x: SweepDate, y: SweepDate) => (x === 'never' || y === 'never' ? null : daysBetween(x, y));
  return Object.fromEntries(MILESTONE_IDS.map((id) => {
    const [x, y] = [a.milestones[id], b.milestones[id]];
    return [id, {
      reachedBy: Math.round((y.reachedBy - x.reachedBy) * 1000) / 10,
      median: shift(x.median, y.median), p10: shift(x.p10, y.p10), p90: shift(x.p90, y.p90),
    }];
  }));
}

/** Two sweeps side by side: a, b, and what changed. */
export function comparisonTable(ha: SweepHeader, a: SweepSummary, hb: SweepHeader, b: SweepSummary): string {
  const diff = difference(a, b);
  const days = (d: number | null) => (d === null ? '—' : `${signed(d)} d`);
  const short = (d: SweepDate) => (d === 'never' ? d : d.slice(5));
  const spread = (s: SweepSummary['milestones'][keyof SweepSummary['milestones']]) => `${short(s.p10)} … ${short(s.p90)}`;
  const head = ['milestone', `a by ${a.by.slice(5)}`, 'b', 'Δ pp', 'a median', 'b median', 'Δ', 'a p10 … p90', 'b p10 … p90'];
  const rows = MILESTONE_IDS.map((id) => {
    const [x, y, d] = [a.milestones[id], b.milestones[id], diff[id]!];
    return [id, percent(x.reachedBy), percent(y.reachedBy), signed(d.reachedBy, 1), x.median, y.median, days(d.median), spread(x), spread(y)];
  });
  return [
    `a: ${ha.scenario.id} (${ha.scenario.title})`,
    `b: ${hb.scenario.id} (${hb.scenario.title})`,
    `${count(a.runs)} runs each · seed ${ha.seed} · b minus a`,
    '',
    ...columns([head, rule([head, ...rows]), ...rows], [1, 2, 3, 6]),
  ].join('\n');
}
