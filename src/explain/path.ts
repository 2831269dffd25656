import { isParallel, type GuardReading, type InstanceId, type MachineId, type Pace } from '../../machines/index.js';
import { eventName, sourcesBehind } from '../engine/causes.js';
import { regionOf } from '../engine/state-paths.js';
import type { LogEvent, RunResult } from '../engine/types.js';
import { playedChoice, type PlayedChoice } from './played.js';

/** The machines whose steps make up the decision's path: Kyiv asks, Washington decides. */
const PATH_MACHINES: readonly MachineId[] = ['kyiv', 'decision'];

/** One step on the way to a milestone. */
export interface PathStep {
  readonly seq: number;
  readonly date: string;
  /** The log event type (`advisors.agreed`). */
  readonly type: string;
  readonly machine: MachineId;
  readonly says: string;
  readonly sources: readonly string[];
  /** The guard that let the step happen, as read then. */
  readonly guard?: GuardReading;
  /** When urgency shortened the step this one began: by how much and why. */
  readonly pace?: Pace;
  /** What set the step off when it was not the step before: an input, or another machine's move. */
  readonly trigger?: { readonly seq: number; readonly date: string; readonly name: string };
  /** For a player's choice (`player.chose`): what was chosen, the model's choice and the guard it went against. */
  readonly choice?: PlayedChoice;
  /** The step was a player's move: its guard is as read then, not what let it happen. */
  readonly chosen?: true;
  /** The step before on the same path (0 and null when the machine had not moved yet). */
  readonly previous: { readonly seq: number; readonly date: string | null };
}

/** A step held up on its guard: it came when something moved the ledger, not when the step before ended. */
export const waited = (s: PathStep): boolean => s.guard !== undefined && s.trigger !== undefined;

/** Machines whose steps make the path to the contract's milestones (further scopes' instances are not among them). */
const onPath = (m: InstanceId): m is MachineId => (PATH_MACHINES as readonly string[]).includes(m);

/**
 * Kyiv's and Washington's steps in a run, in log order, up to and including
 * event `upTo`: what `explain` tells as the path to a milestone. A player's
 * choice at one of their decisions is a step too.
 */
export function pathTo(run: RunResult, upTo = run.events.length): PathStep[] {
  const last = new Map<string, LogEvent>();
  const steps: PathStep[] = [];
  for (const e of run.events.slice(0, upTo)) {
    const choice = playedChoice(e);
    if (choice && e.kind === 'input' && onPath(e.data.choice!.machine)) {
      const machine = e.data.choice!.machine;
      const lane = `${machine}:${regionOf(e.data.choice!.state, isParallel(machine))}`;
      const previous = last.get(lane);
      last.set(lane, e);
      steps.push({ seq: e.seq, date: e.date, type: e.type, machine, says: choiceSays(choice), sources: [], choice, previous: { seq: previous?.seq ?? 0, date: previous?.date ?? null } });
      continue;
    }
    if (e.kind !== 'decision' || !onPath(e.data.machine)) continue;
    const lane = `${e.data.machine}:${regionOf(e.data.state, isParallel(e.data.machine))}`;
    const previous = last.get(lane);
    last.set(lane, e);
    const cause = e.cause === null ? undefined : run.events[e.cause - 1];
    const fromPrevious = cause !== undefined && (cause.seq === previous?.seq || (cause.kind === 'decision' && onPath(cause.data.machine) && !cause.data.effects));
    steps.push({
      seq: e.seq, date: e.date, type: e.type, machine: e.data.machine, says: e.data.says,
      sources: sourcesBehind(run.events, e),
      ...(e.data.guard ? { guard: e.data.guard } : {}),
      ...(e.data.pace ? { pace: e.data.pace } : {}),
      ...(cause && playedChoice(cause) ? { chosen: true as const } : {}),
      ...(cause && !fromPrevious ? { trigger: { seq: cause.seq, date: cause.date, name: eventName(cause) } } : {}),
      previous: { seq: previous?.seq ?? 0, date: previous?.date ?? null },
    });
  }
  return steps;
}

/** `The player (president) chooses refuse at presidentialReview; the model would approve` */
function choiceSays(c: PlayedChoice): string {
  return `The player (${c.role}) chooses ${c.option} at ${c.decision}${c.parted ? `; the model would ${c.model}` : ', as the model would'}`;
}
