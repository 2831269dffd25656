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
 * milestone: a step held up or turned back here, a step skipped, the guard
 * where the path stopped, or a step the other run was held up on.
 */
export function findGate(here: RunResult, there: RunResult, divergence: MilestoneId): Spot | undefined {
  const hs = pathTo(here);
  const ts = pathTo(there);
  const hEnd = milestoneSeq(here, divergence) ?? here.events.length;
  const tEnd = milestoneSeq(there, divergence) ?? there.events.length;
  const passed = (steps: PathStep[], guard: GuardName) => steps.find((s) => s.guard?.guard === guard && s.guard.holds);
  const timeline = createTimeline(here);

  // One run went past the step the other took (due diligence waived, say).
  const skippedHere = skipOf(here, divergence);
  const thereStep = ts.find((x) => x.guard && milestoneOf(x.type) === divergence);
  if (skippedHere && thereStep) return { guard: skippedHere.guard, how: 'skipped', hereSeq: skippedHere.seq, thereSeq: thereStep.seq };
  const skippedThere = skipOf(there, divergence);
  const hereStep = hs.find((x) => x.guard && milestoneOf(x.type) === divergence);
  if (skippedThere && hereStep) return { guard: skippedThere.guard, how: 'passed', hereSeq: hereStep.seq, thereSeq: skippedThere.seq };

  // Held up here on a guard that let the other run through sooner: a step that waited on it, or a step it turned back.
  for (const s of hs.filter((x) => x.seq <= hEnd)) {
    const turnedBack = s.guard !== undefined && !s.guard.holds;
    if (!turnedBack && !waited(s)) continue;
    const other = ts.find((x) => x.type === s.type);
    if (other && other.date === s.date) continue;
    const guard = s.guard!.guard;
    const thereSeq = passed(ts, guard)?.seq ?? null;
    if (turnedBack) return { guard, how: 'turned back', hereSeq: s.seq, thereSeq };
    const aligned = thereSeq === null ? 0 : alignedSeq(there, here, thereSeq);
    const hereSeq = Math.max(s.previous.seq, aligned < s.seq ? aligned : 0);
    return { guard, how: 'waited', hereSeq: hereSeq || timeline.seqOn(other?.date ?? s.date), thereSeq, heldAt: s };
  }
  // Never got there: the guard that never held (or failed) where this run stopped.
  if (!milestoneSeq(here, divergence)) {
    const stop = whereStopped(here);
    const at = stop.guard ? stop : stop.waitsOn?.guard ? stop.waitsOn : undefined;
    if (at?.guard) {
      const thereSeq = passed(ts, at.guard)?.seq ?? null;
      const failed = at.failures?.[0]?.seq;
      if (failed) return { guard: at.guard, how: 'stopped', hereSeq: failed, thereSeq };
      const aligned = thereSeq === null ? 0 : alignedSeq(there, here, thereSeq);
      return { guard: at.guard, how: 'stopped', hereSeq: Math.max(at.since?.seq ?? 0, aligned) || here.events.length, thereSeq };
    }
  }
  // Held up in the other run on a guard that let this one through.
  for (const s of ts.filter((x) => x.seq <= tEnd && waited(x))) {
    const mine = hs.find((x) => x.type === s.type);
    if (mine && mine.date === s.date) continue;
    const guard = s.guard!.guard;
    return { guard, how: 'passed', hereSeq: passed(hs, guard)?.seq ?? hEnd, thereSeq: s.previous.seq || s.seq };
  }
  return undefined;
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
