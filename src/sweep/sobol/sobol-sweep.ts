import { MILESTONE_IDS, type MilestoneId } from '../../../machines/index.js';
import { runSweep } from '../run-sweep.js';
import type { SweepJob } from '../sweep-job.js';
import { sobolRuns } from './design.js';
import { RESAMPLES, sobolIndices, type SobolIndex } from './indices.js';

export interface SobolReport {
  readonly statistic: string;
  /** Base rows N of the design; the runs are N × (k + 2). */
  readonly base: number;
  readonly runs: number;
  readonly resamples: number;
  /** Per milestone, inputs by total-order index, largest first; null when its date is the same in every run. */
  readonly milestones: Record<MilestoneId, readonly (SobolIndex & { readonly input: string })[] | null>;
}

export const SOBOL_STATISTIC =
  'Sobol indices: S1, the share of the variance of a milestone\'s day an input explains alone, and ST, its share with '
  + 'every interaction it takes part in; from Saltelli\'s sampling (N base rows, N × (k + 2) runs) with Jansen\'s '
  + 'estimators, each with a 95% interval from bootstrap resamples of the base rows; a run that never reaches the '
  + 'milestone counts as the day after the "by" date or after the latest run that did, whichever is later';

/**
 * Runs a Saltelli design of `base` rows over a scenario's uncertain inputs and
 * gives every milestone's Sobol indices. "Never" is a day, as ε² counts it.
 */
export function sobolSweep(job: SweepJob, base: number, opts: { by: number; workers?: number }): SobolReport {
  const k = job.uncertainty.length;
  const runs = sobolRuns(base, k);
  const M = MILESTONE_IDS.length;
  const days = MILESTONE_IDS.map(() => new Float64Array(runs));
  runSweep({
    job: { ...job, design: 'sobol' }, from: 0, to: runs, workers: opts.workers,
    onChunk: (from, packed) => {
      const width = k + M;
      for (let r = 0, at = 0; at < packed.length; r++, at += width) {
        for (let m = 0; m < M; m++) days[m]![from + r] = packed[at + k + m]!;
      }
    },
  });
  const milestones = {} as SobolReport['milestones'];
  MILESTONE_IDS.forEach((id, m) => {
    const y = days[m]!;
    let latest = -1;
    for (const d of y) latest = Math.max(latest, d);
    const never = Math.max(latest, opts.by) + 1;
    for (let r = 0; r < runs; r++) if (y[r]! < 0) y[r] = never;
    const indices = sobolIndices(y, k, job.seed);
    milestones[id] = indices
      ? indices.map((x, i) => ({ input: job.uncertainty[i]!.key, ...x })).sort((a, b) => b.ST - a.ST || a.input.localeCompare(b.input))
      : null;
  });
  return { statistic: SOBOL_STATISTIC, base, runs, resamples: RESAMPLES, milestones };
}
