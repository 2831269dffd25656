import type { Ledger, Params, Role, Scope } from '../../machines/index.js';
import type { AnyEvent, StepAction } from './stepper/compiled-machine.js';

export type { AnyEvent, StepAction };

/** What a machine instance starts from. */
export interface MachineInput {
  readonly ledger: Ledger;
  readonly params: Params;
  readonly scope: Scope;
  readonly played?: readonly Role[];
}

/**
 * What the scheduler needs of a way to step the model's machines (one per instance of
 * INSTANCES, by index): the state each starts in, and an event delivered to one. A step
 * appends to `out` what the machine did, as XState reports it: `record` (a log event),
 * `xstate.emit` (sent on), `xstate.raise` with a delay (scheduled), `xstate.cancel`.
 */
export interface Stepper<S = unknown> {
  readonly name: string;
  initial(k: number, input: MachineInput, out: StepAction[]): S;
  /** Per event type, once per delivery: what `step` may use to skip a machine that has nothing for it. */
  plan(type: string): unknown;
  /** The state after `event`; may reuse `st`. */
  step(k: number, st: S, event: AnyEvent, out: StepAction[], plan: unknown): S;
  /** The instance's state value as `region → state` (`regionsOf`). */
  regions(k: number, st: S): Record<string, string>;
}
