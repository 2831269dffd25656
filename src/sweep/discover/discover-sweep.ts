import { MILESTONE_IDS, type MilestoneId } from '../../../machines/index.js';
import { runSweep } from '../run-sweep.js';
import type { SweepJob } from '../sweep-job.js';
import { prim, type PrimResult } from './prim.js';

/** Which runs are the cases of interest: a milestone never reached, reached after a day (or never), or before a day. */
export type Condition =
  | { readonly milestone: MilestoneId; readonly when: 'never' }
  | { readonly milestone: MilestoneId; readonly when: 'after' | 'before'; readonly day: number };

export interface Discovery {
  readonly runs: number;
  readonly cases: number;
  readonly prim: PrimResult;
}

/** Whether a run whose milestone day is `day` (−1: never) is a case. */
export function isCase(c: Condition, day: number): boolean {
  if (c.when === 'never') return day < 0;
  if (c.when === 'after') return day < 0 || day > c.day;
  return day >= 0 && day < c.day;
}

/**
 * Scenario discovery: runs a plain sweep of `runs` runs, marks the runs the
 * condition holds in, and runs PRIM over the uncertain inputs' draws.
 */
export function discoverSweep(job: SweepJob, runs: number, condition: Condition, workers: number | undefined): Discovery {
  const k = job.uncertainty.length;
  const width = k + MILESTONE_IDS.length;
  const m = MILESTONE_IDS.indexOf(condition.milestone);
  const x = job.uncertainty.map(() => new Float64Array(runs));
  const y = new Uint8Array(runs);
  runSweep({
    job, from: 0, to: runs, workers,
    onChunk: (from, packed) => {
      for (let r = 0, at = 0; at < packed.length; r++, at += width) {
        for (let j = 0; j < k; j++) x[j]![from + r] = packed[at + j]!;
        y[from + r] = isCase(condition, packed[at + k + m]!) ? 1 : 0;
      }
    },
  });
  const cases = y.reduce((s, v) => s + v, 0);
  return { runs, cases, prim: prim(x, y) };
}
