import { INSTANCES, type GuardReading, type Role } from '../../machines/index.js';
import { decisionAt } from '../engine/decisions.js';
import type { ChoiceData, LogEvent } from '../engine/types.js';

/** A player's choice as a log records it, with the guard it went against. */
export interface PlayedChoice {
  readonly seq: number;
  readonly date: string;
  /** The input's id (`choice-1`): the choice's place in the header's `inputs.play`. */
  readonly id: string;
  readonly role: Role;
  readonly decision: string;
  readonly option: string;
  readonly model: string;
  readonly parted: boolean;
  readonly reason?: string;
  /** The guard the choice went against: the one the player moved without, or the one that held and was declined. */
  readonly overrode?: GuardReading;
}

const machineOf = (c: ChoiceData) => INSTANCES.find((i) => i.id === c.machine)!.machine;

/** The guard a choice went against, if any: the player's move taken though its guard fell short, or the model's declined though it held. */
function overridden(c: ChoiceData): GuardReading | undefined {
  const point = decisionAt(machineOf(c), c.state);
  const guardOf = (option: string) => point?.options.find((o) => o.option === option)?.guard;
  const reading = (g: string | undefined) => (g ? c.guards.find((r) => r.guard === g) : undefined);
  const mine = reading(guardOf(c.option));
  if (mine && !mine.holds) return mine;
  const model = reading(guardOf(c.model));
  return model && model.holds ? model : undefined;
}

/** The player's choice an event records, or undefined for any other event. */
export function playedChoice(e: LogEvent): PlayedChoice | undefined {
  const c = e.kind === 'input' ? e.data.choice : undefined;
  if (!c || e.kind !== 'input') return undefined;
  const parted = c.option !== c.model;
  const over = parted ? overridden(c) : undefined;
  return {
    seq: e.seq, date: e.date, id: e.data.id, role: c.role, decision: decisionAt(machineOf(c), c.state)!.key,
    option: c.option, model: c.model, parted, ...(c.reason ? { reason: c.reason } : {}), ...(over ? { overrode: over } : {}),
  };
}
