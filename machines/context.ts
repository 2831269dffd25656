import { assign } from 'xstate';
import type { Ledger } from './ledger.js';
import type { Params } from './parameters.js';
import type { ModelEvent } from './events.js';
import type { GuardName } from './guards.js';
import { holds } from './guards.js';
import { PRIMARY_SCOPE, type Scope } from './scopes.js';

/** What every machine of the model knows: the ledger as of now and the run's parameters. */
export interface ModelContext {
  readonly ledger: Ledger;
  readonly params: Params;
  /** The request this instance decides; only the decision machine has more than one instance. */
  readonly scope: Scope;
}

export interface ModelInput {
  readonly ledger: Ledger;
  readonly params: Params;
  readonly scope?: Scope;
}

export const modelContext = ({ input }: { input: ModelInput | undefined }): ModelContext =>
  // XState's pure `transition()` builds a throwaway actor without input on every call; its
  // context is discarded for the snapshot we pass, so an empty one is enough (throwing cost a third of a run).
  input
    ? { ledger: input.ledger, params: input.params, scope: input.scope ?? PRIMARY_SCOPE }
    : ({ scope: PRIMARY_SCOPE } as ModelContext);

export const syncLedger = assign<ModelContext, ModelEvent, undefined, ModelEvent, never>(({ context, event }) =>
  event.type === 'LEDGER_UPDATED' ? { ledger: event.ledger } : context,
);

/** A ledger guard for `setup({ guards })`. */
export const ledgerGuard =
  (name: GuardName) =>
  ({ context }: { context: ModelContext }): boolean =>
    holds(name, context.ledger, context.params, context.scope);
