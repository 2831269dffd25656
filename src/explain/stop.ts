import { isParallel, type GuardName, type GuardReading, type MachineId } from '../../machines/index.js';
import { foldRun } from '../engine/evolve.js';
import { regionOf } from '../engine/state-paths.js';
import type { LogEvent, RunResult } from '../engine/types.js';
import { closestApproach, type Approach } from './approach.js';
import { awaitedEvents, emitters, guardsOut, stateNode } from './machine-nodes.js';

/** Where a machine stood when nothing was left to happen, and what it was waiting for. */
export interface Stop {
  readonly machine: MachineId;
  /** Dotted state path, `path.approved.finalReview`. */
  readonly state: string;
  readonly description: string;
  /** When it got there; null for the state it started in. */
  readonly since: { readonly seq: number; readonly date: string } | null;
  /** The ledger guard that would have moved it on, or that failed as it got there (a deferral). */
  readonly guard?: GuardName;
  /** The guard's reading each time it failed on the way into this state (each deferral, say), first to last. */
  readonly failures?: readonly { readonly seq: number; readonly date: string; readonly reading: GuardReading }[];
  /** How near the guard came to holding, from the moment the machine stood here. */
  readonly approach?: Approach;
  /** The machine whose move this state waits for (the decision path waits on Kyiv's request). */
  readonly waitsOn?: Stop;
}

/**
 * Where a machine of the run stopped: its last state, the guard that never
 * held there, and how near it came. For a state that waits on another
 * machine's move, that machine's stop too.
 */
export function whereStopped(run: RunResult, machine: MachineId = 'decision', region = 'path', depth = 1): Stop {
  const final = foldRun(run).machines[machine][region]!;
  const entries = run.events.filter((e): e is Extract<LogEvent, { kind: 'decision' }> =>
    e.kind === 'decision' && e.data.machine === machine && e.data.state === final);
  const entry = entries.at(-1);
  const node = stateNode(machine, final);
  const failures = entries.filter((e) => e.data.guard && !e.data.guard.holds)
    .map((e) => ({ seq: e.seq, date: e.date, reading: e.data.guard! }));
  const firstFailure = failures[0];
  const guard = guardsOut(node!)[0] ?? firstFailure?.reading.guard;
  const from = firstFailure?.seq ?? entry?.seq ?? 0;
  const waitsOn = depth > 0 && !guardsOut(node!).length
    ? awaitedEvents(node!).flatMap(emitters).find((m) => m.machine !== machine)
    : undefined;
  return {
    machine, state: final, description: node?.description ?? '',
    since: entry ? { seq: entry.seq, date: entry.date } : null,
    ...(guard ? { guard, approach: closestApproach(run, guard, from) } : {}),
    ...(failures.length ? { failures } : {}),
    ...(waitsOn ? { waitsOn: whereStopped(run, waitsOn.machine, regionOf(waitsOn.path, isParallel(waitsOn.machine)), depth - 1) } : {}),
  };
}
