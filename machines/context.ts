import { assign } from 'xstate';
import type { Ledger } from './ledger.js';
import type { Params } from './parameters.js';
import type { ModelEvent } from './events.js';
import type { GuardName } from './guards.js';
import { holds } from './guards.js';

/** What every machine of the model knows: the ledger as of now and the run's parameters. */
export interface ModelContext {
  readonly ledger: Ledger;
  readonly params: Params;
}

export type ModelInput = ModelContext;

export const modelContext = ({ input }: { input: ModelInput }): ModelContext => ({
  ledger: input.ledger,
  params: input.params,
});

export const syncLedger = assign<ModelContext, ModelEvent, undefined, ModelEvent, never>(({ context, event }) =>
  event.type === 'LEDGER_UPDATED' ? { ledger: event.ledger } : context,
);

/** A ledger guard for `setup({ guards })`. */
export const ledgerGuard =
  (name: GuardName) =>
  ({ context }: { context: ModelContext }): boolean =>
    holds(name, context.ledger, context.params);
