import { MILESTONE_IDS } from '../../../machines/index.js';
import { rowWidth } from '../rows.js';
import { runSweep } from '../run-sweep.js';
import type { SweepJob } from '../sweep-job.js';
import { countMisses, firstMiss } from './accept.js';

/** An accepted draw: its run index and packed row (draws, then milestone days). */
export interface Accepted {
  readonly run: number;
  readonly packed: Float64Array;
}

export interface CalibrationRun {
  /** The job whose uncertainty is the priors (see priorInputs). */
  readonly job: SweepJob;
  /** The draws to try: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly workers?: number;
  /** Called in run order, chunk by chunk: the members accepted among runs [from, through). */
  readonly onChunk: (accepted: readonly Accepted[], through: number) => void;
}

/** Draws tried, and for each milestone the draws that missed its window. */
export interface Rejections {
  tried: number;
  readonly misses: number[];
}

export const newRejections = (): Rejections => ({ tried: 0, misses: MILESTONE_IDS.map(() => 0) });

/**
 * Approximate Bayesian computation by rejection: runs each draw from the priors and
 * keeps it when all nine milestones fall in the record's windows. The runs are the
 * sweep's, so a draw depends only on the seed and its index (never on workers or shards).
 */
export function calibrate(c: CalibrationRun, rejections: Rejections = newRejections()): Rejections {
  const width = rowWidth(c.job);
  const k = c.job.uncertainty.length;
  runSweep({
    job: c.job, from: c.from, to: c.to, workers: c.workers,
    onChunk: (from, packed) => {
      const accepted: Accepted[] = [];
      const n = packed.length / width;
      for (let i = 0; i < n; i++) {
        const at = i * width;
        if (firstMiss(packed, at + k) < 0) accepted.push({ run: from + i, packed: packed.slice(at, at + width) });
        else countMisses(packed, at + k, rejections.misses);
      }
      rejections.tried += n;
      c.onChunk(accepted, from + n);
    },
  });
  return rejections;
}
