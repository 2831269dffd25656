import type { ActorId } from './actors.js';
import type { GuardName } from './guards.js';
import type { Pushes } from './push.js';
import type { PacedDelay } from './pace.js';

/**
 * What a machine writes to the run's log when it enters a state. The engine
 * reads these from the actions the pure `transition` returns; they run nothing.
 */
export interface RecordParams {
  /** The log event type, in the past tense (`president.approved-in-principle`). */
  readonly event: string;
  /** Who acted; when absent, the actor of the event that led here (a speaker, say). */
  readonly actor?: ActorId;
  /** One line saying what happened, for the timeline. */
  readonly says: string;
  /** The guard that let the machine in here, read back for `explain`. */
  readonly guard?: GuardName;
  /** What the actor's stance does to the ledger: each force pushed up or down by a named parameter (a model rule, not scenario data). */
  readonly effects?: Pushes;
  /** The paced delay this state starts (pace.ts); the log says when urgency shortened it. */
  readonly pace?: PacedDelay;
}

export const DAY_MS = 86_400_000;

/** Entry actions name this; the engine, not XState, carries it out. */
export const recordAction = (_: unknown, _params: RecordParams): void => {};

export const record = (params: RecordParams) => ({ type: 'record', params }) as const;

