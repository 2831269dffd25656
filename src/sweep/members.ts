import type { RunInputs } from '../engine/types.js';
import { drawRun } from './draws.js';
import type { SweepJob } from './sweep-job.js';
import type { UncertainInput } from './uncertainty.js';

/**
 * The versions of the model a what-if is asked of: each member a set of draws
 * of the same uncertain inputs, given (an ensemble's members) or drawn from a
 * scenario's `uncertainty` block.
 */
export interface Members {
  /** Where the members come from, in words, e.g. "ensembles/baseline.jsonl: 1,253 members". */
  readonly source: string;
  readonly kind: 'ensemble' | 'uncertainty';
  readonly uncertainty: readonly UncertainInput[];
  /** k draws a member, member after member. */
  readonly draws: Float64Array;
  readonly count: number;
  /** The inputs the members were drawn for (the calibrated scenario's): what a what-if's own sets and moves are told from. */
  readonly calibrated: RunInputs;
}

/** `count` members drawn from an uncertainty block as a sweep of `seed` draws its runs 0 … count − 1. */
export function drawnMembers(uncertainty: readonly UncertainInput[], seed: number, count: number, source: string, calibrated: RunInputs): Members {
  const k = uncertainty.length;
  const draws = new Float64Array(count * k);
  for (let run = 0; run < count; run++) drawRun(uncertainty, seed, run, draws.subarray(run * k, run * k + k));
  return { source, kind: 'uncertainty', uncertainty, draws, count, calibrated };
}

/**
 * The job that runs every member on `inputs` (a scenario, or a fork of it):
 * each draw applies to the input or parameter it names, except that a
 * parameter the what-if sets itself (a `set` the calibrated scenario does not
 * make) keeps the what-if's value, and a draw for an input it removed falls
 * away, as does the jitter of one it moved (its date is the what-if's).
 * Events are found by id, so added inputs leave each draw on its own event.
 *
 * @example
 *   runSweep({ job: membersJob(m, fork.inputs), from: 0, to: m.count, ... })
 */
export function membersJob(m: Members, inputs: RunInputs): SweepJob {
  const index = new Map(inputs.events.map((e, i) => [e.id, i]));
  const dates = new Map(m.calibrated.events.map((e) => [e.id, e.date]));
  const own = inputs.overrides ?? {};
  const keep: number[] = [];
  const uncertainty: UncertainInput[] = [];
  m.uncertainty.forEach((u, i) => {
    if (u.kind === 'parameter') {
      const v = own[u.name];
      if (v !== undefined && v !== m.calibrated.overrides?.[u.name]) return;
      uncertainty.push(u);
    } else {
      const at = index.get(u.event);
      if (at === undefined) return;
      if (u.kind === 'jitter' && dates.get(u.event) !== inputs.events[at]!.date) return;
      uncertainty.push({ ...u, index: at });
    }
    keep.push(i);
  });
  const k = m.uncertainty.length;
  const given = new Float64Array(m.count * keep.length);
  for (let run = 0; run < m.count; run++) keep.forEach((col, j) => (given[run * keep.length + j] = m.draws[run * k + col]!));
  return { inputs, uncertainty, seed: 0, given };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
