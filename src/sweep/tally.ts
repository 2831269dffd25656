import { MILESTONE_IDS } from '../../machines/index.js';
import { binCount, binOf } from './distributions.js';
import type { UncertainInput } from './uncertainty.js';

const M = MILESTONE_IDS.length;
/** Per bin: runs that reached the milestone, the sum and sum of squares of their days, and runs that never did. */
const STRIDE = 4;

/**
 * Everything a sweep's report needs, kept in space that does not grow with
 * the number of runs: per milestone a count of runs per day, and per
 * milestone and uncertain input, sums of days per bin of the input's draws.
 * Sums of whole days are exact, so the order runs are counted in never shows.
 */
export interface Tally {
  readonly uncertainty: readonly UncertainInput[];
  /** Scratch: the bin of each input's draw in the run being counted. */
  readonly at: Int32Array;
  runs: number;
  /** Per milestone: day → number of runs that first reached it that day. */
  readonly days: Map<number, number>[];
  /** Per milestone: runs that never reached it. */
  readonly never: number[];
  /** Per milestone, per input: STRIDE numbers per bin. */
  readonly bins: Float64Array[][];
}

export function createTally(uncertainty: readonly UncertainInput[]): Tally {
  return {
    uncertainty, runs: 0, at: new Int32Array(uncertainty.length),
    days: Array.from({ length: M }, () => new Map<number, number>()),
    never: new Array<number>(M).fill(0),
    bins: Array.from({ length: M }, () => uncertainty.map((u) => new Float64Array(binCount(u) * STRIDE))),
  };
}

/** Counts one run: its draws, then its milestone days (-1: never), as packed by the runner. */
export function tallyRun(t: Tally, packed: ArrayLike<number>, offset = 0): void {
  const k = t.uncertainty.length;
  t.runs++;
  for (let j = 0; j < k; j++) t.at[j] = binOf(t.uncertainty[j]!, packed[offset + j]!) * STRIDE;
  for (let m = 0; m < M; m++) {
    const day = packed[offset + k + m]!;
    const reached = day >= 0;
    if (reached) t.days[m]!.set(day, (t.days[m]!.get(day) ?? 0) + 1);
    else t.never[m]!++;
    for (let j = 0; j < k; j++) {
      const at = t.at[j]!;
      const b = t.bins[m]![j]!;
      if (reached) {
        b[at]!++;
        b[at + 1]! += day;
        b[at + 2]! += day * day;
      } else b[at + 3]!++;
    }
  }
}

/** Per bin of one input: runs, and the mean day with "never" counted as `neverDay`. */
export interface BinStats {
  readonly n: number;
  readonly sum: number;
  readonly sumSq: number;
}

export function binStats(t: Tally, milestone: number, input: number, neverDay: number): BinStats[] {
  const b = t.bins[milestone]![input]!;
  const out: BinStats[] = [];
  for (let at = 0; at < b.length; at += STRIDE) {
    const never = b[at + 3]!;
    out.push({ n: b[at]! + never, sum: b[at + 1]! + never * neverDay, sumSq: b[at + 2]! + never * neverDay * neverDay });
  }
  return out;
}
