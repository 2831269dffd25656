import { MILESTONES, type MilestoneId } from '../../../machines/index.js';
import { daysBetween, foldRun, milestoneDates, type RunResult } from '../../engine/index.js';

/** One milestone in two runs. */
export interface MilestoneDiff {
  readonly id: MilestoneId;
  readonly label: string;
  readonly reference: string | null;
  readonly current: string | null;
  /** Days later (positive) or earlier (negative) than the reference; null when either run misses it. */
  readonly days: number | null;
}

/**
 * The milestones of a run beside those of a reference run, with the days each moved.
 *
 * @example compareMilestones(fork, baseline).find((d) => d.id === 'in-effect')?.days // 3
 */
export function compareMilestones(current: RunResult, reference: RunResult): MilestoneDiff[] {
  const a = milestoneDates(foldRun(reference));
  const b = milestoneDates(foldRun(current));
  return MILESTONES.map((m) => {
    const ref = a[m.id];
    const cur = b[m.id];
    return { id: m.id, label: m.label, reference: ref, current: cur, days: ref && cur ? daysBetween(ref, cur) : null };
  });
}

/** `+3 days`, `−1 day`, `same day`, `not reached`, `newly reached`. */
export function movedText(d: MilestoneDiff): string {
  if (d.days === null) return d.current ? 'newly reached' : d.reference ? 'not reached' : '—';
  if (d.days === 0) return 'same day';
  const n = Math.abs(d.days);
  return `${d.days > 0 ? '+' : '−'}${n} day${n === 1 ? '' : 's'}`;
}
