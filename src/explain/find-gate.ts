import { milestoneOf, type GuardName, type MilestoneId } from '../../machines/index.js';
import { eventName } from '../engine/causes.js';
import { foldRun } from '../engine/evolve.js';
import { createTimeline } from '../engine/timeline.js';
import type { RunResult } from '../engine/types.js';
import type { Gate } from './gate.js';
import { pathTo, waited, type PathStep } from './path.js';
import { skipOf } from './skip.js';
import { whereStopped } from './stop.js';

/** Where two runs part: the guard, the point of each run to read it at, and how it parted them. */
export interface Spot {
  readonly guard: GuardName;
  readonly how: Gate['how'];
  readonly hereSeq: number;
  readonly thereSeq: number | null;
  readonly heldAt?: PathStep;
}

/**
 * The guard at which run `here` parts from run `there` on the way to a
 * milestone: a step held up, turned back or skipped here, or the guard where
 * this run stopped; failing that, the same from the other run's side.
 */
export function findGate(here: RunResult, there: RunResult, divergence: MilestoneId): Spot | undefined {
  const mine = heldUp(here, there, divergence);
  if (mine) return mine;
  const theirs = heldUp(there, here, divergence);
  if (!theirs) return undefined;
  return { guard: theirs.guard, how: 'passed', hereSeq: theirs.thereSeq ?? alignedSeq(there, here, theirs.hereSeq), thereSeq: theirs.hereSeq };
}

/** Where run `a` was held up on a guard that let run `b` through sooner (or at all). */
function heldUp(a: RunResult, b: RunResult, divergence: MilestoneId): Spot | undefined {
  const as = pathTo(a);
  const bs = pathTo(b);
  const passed = (guard: GuardName) => bs.find((s) => s.guard?.guard === guard && s.guard.holds)?.seq ?? null;

  // The path went past the step the other took (due diligence waived, say).
  const skipped = skipOf(a, divergence);
  const taken = bs.find((x) => x.guard && milestoneOf(x.type) === divergence);
  if (skipped && taken) return { guard: skipped.guard, how: 'skipped', hereSeq: skipped.seq, thereSeq: taken.seq };

  // A step that waited on its guard longer than in the other run, or a step the guard turned back.
  const end = milestoneSeq(a, divergence) ?? a.events.length;
  for (const s of as.filter((x) => x.seq <= end)) {
    const turnedBack = s.guard !== undefined && !s.guard.holds;
    if (!turnedBack && !waited(s)) continue;
    const other = bs.find((x) => x.type === s.type);
    if (turnedBack ? other?.date === s.date : !other || other.date >= s.date) continue;
    const guard = s.guard!.guard;
    const thereSeq = passed(guard);
    if (turnedBack) return { guard, how: 'turned back', hereSeq: s.seq, thereSeq };
    const aligned = thereSeq === null ? 0 : alignedSeq(b, a, thereSeq);
    const hereSeq = Math.max(s.previous.seq, aligned < s.seq ? aligned : 0);
    return { guard, how: 'waited', hereSeq: hereSeq || createTimeline(a).seqOn(other!.date), thereSeq, heldAt: s };
  }

  // Never got there: the guard that never held (or failed) where the path stopped.
  if (milestoneSeq(a, divergence)) return undefined;
  const stop = whereStopped(a);
  const at = stop.guard ? stop : stop.waitsOn?.guard ? stop.waitsOn : undefined;
  if (!at?.guard) return undefined;
  const thereSeq = passed(at.guard);
  const failed = at.failures?.[0]?.seq;
  if (failed) return { guard: at.guard, how: 'stopped', hereSeq: failed, thereSeq };
  const aligned = thereSeq === null ? 0 : alignedSeq(b, a, thereSeq);
  return { guard: at.guard, how: 'stopped', hereSeq: Math.max(at.since?.seq ?? 0, aligned) || a.events.length, thereSeq };
}

/**
 * The point of `to` that matches point `seq` of `from`: just after the last
 * input both runs share, so the two readings count the same inputs of the day.
 */
export function alignedSeq(from: RunResult, to: RunResult, seq: number): number {
  const seqOf = new Map(to.events.filter((e) => e.kind === 'input').map((e) => [eventName(e), e.seq]));
  for (let i = seq; i >= 1; i--) {
    const e = from.events[i - 1]!;
    if (e.kind === 'input' && seqOf.has(e.data.id)) return seqOf.get(e.data.id)!;
  }
  return 0;
}

export function milestoneSeq(run: RunResult, milestone: MilestoneId): number | undefined {
  return foldRun(run).milestones[milestone]?.seq;
}
