import { MILESTONE_IDS, type MilestoneId } from '../../../machines/index.js';
import type { RunInputs } from '../../engine/types.js';
import { membersJob, median, type Members } from '../members.js';
import { rowWidth } from '../rows.js';
import { runSweep } from '../run-sweep.js';

/** Every member's milestone days on one scenario's inputs: `days[i * 9 + m]`, −1 when never reached. */
export interface MemberDays {
  readonly count: number;
  readonly days: Int32Array;
}

/** Runs every member on `inputs` with the fast engine (and workers when the runs are many), in member order. */
export function runMembers(m: Members, inputs: RunInputs, workers?: number): MemberDays {
  const job = membersJob(m, inputs);
  const width = rowWidth(job);
  const packed = new Float64Array(m.count * width);
  runSweep({ job, from: 0, to: m.count, workers, onChunk: (from, chunk) => packed.set(chunk, from * width) });
  return packedDays(packed, job.uncertainty.length, m.count);
}

export const dayOf = (d: MemberDays, member: number, milestone: number): number => d.days[member * MILESTONE_IDS.length + milestone]!;

/**
 * The p-quantile of sorted whole days by nearest rank: always a day some member
 * had, so a date is never interpolated between two.
 */
export function rankQuantile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** One milestone over the members: the share that reach it, and the median and p10–p90 day of those that do. */
export interface Band {
  readonly id: MilestoneId;
  readonly reached: number;
  readonly share: number;
  /** Days; null when no member reaches it. */
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
}

export function bands(d: MemberDays): Band[] {
  return MILESTONE_IDS.map((id, m) => {
    const reached: number[] = [];
    for (let i = 0; i < d.count; i++) if (dayOf(d, i, m) >= 0) reached.push(dayOf(d, i, m));
    reached.sort((x, y) => x - y);
    const q = (p: number) => (reached.length ? rankQuantile(reached, p) : null);
    return { id, reached: reached.length, share: reached.length / d.count, median: q(0.5), p10: q(0.1), p90: q(0.9) };
  });
}

/**
 * One milestone, member by member, b against a: the members where b reaches it
 * earlier (or a never does), on the same day, later, or never. The four add up
 * to every member; a milestone neither reaches counts as never.
 */
export interface PairedShift {
  readonly id: MilestoneId;
  readonly earlier: number;
  readonly same: number;
  readonly later: number;
  readonly never: number;
  /** Of `never`, the members where a does not reach it either. */
  readonly neither: number;
  readonly members: number;
  /** b's day minus a's, for each member that reaches it in both, in member order. */
  readonly shifts: readonly number[];
  /** Their median in days; null when no member reaches it in both. */
  readonly medianShift: number | null;
}

export function pairedShifts(a: MemberDays, b: MemberDays): PairedShift[] {
  return MILESTONE_IDS.map((id, m) => {
    let earlier = 0, same = 0, later = 0, never = 0, neither = 0;
    const shifts: number[] = [];
    for (let i = 0; i < a.count; i++) {
      const x = dayOf(a, i, m), y = dayOf(b, i, m);
      if (y < 0) {
        never++;
        if (x < 0) neither++;
      }
      else if (x < 0 || y < x) earlier++;
      else if (y === x) same++;
      else later++;
      if (x >= 0 && y >= 0) shifts.push(y - x);
    }
    return { id, earlier, same, later, never, neither, members: a.count, shifts, medianShift: median(shifts) };
  });
}

/** Members' days from packed sweep rows (k draws, then a day per milestone) of `count` members. */
export function packedDays(packed: Float64Array, k: number, count: number): MemberDays {
  const n = MILESTONE_IDS.length;
  const days = new Int32Array(count * n);
  for (let i = 0; i < count; i++) for (let j = 0; j < n; j++) days[i * n + j] = packed[i * (k + n) + k + j]!;
  return { count, days };
}

/** One milestone's paired shift, fork against original, with the fork's day in each member (−1: never) for a histogram. */
export interface MilestoneSpread extends PairedShift {
  readonly days: Float64Array;
}

/**
 * Per milestone, the first `count` members of a fork against the original's,
 * from packed rows: the same paired shifts `diff` gives over the ensemble.
 */
export function spreads(fork: { packed: Float64Array; k: number }, original: { packed: Float64Array; k: number }, count: number): MilestoneSpread[] {
  const f = packedDays(fork.packed, fork.k, count);
  return pairedShifts(packedDays(original.packed, original.k, count), f).map((s, m) => {
    const days = new Float64Array(count);
    for (let i = 0; i < count; i++) days[i] = dayOf(f, i, m);
    return { ...s, days };
  });
}
