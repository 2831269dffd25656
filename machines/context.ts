import { assign } from 'xstate';
import type { Ledger } from './ledger.js';
import type { Params } from './parameters.js';
import type { ModelEvent } from './events.js';
import type { GuardName } from './guards.js';
import { holds } from './guards.js';
import { PRIMARY_SCOPE, type Scope } from './scopes.js';
import { preferPlayer, type Role } from './play.js';

/** What every machine of the model knows: the ledger as of now and the run's parameters. */
export interface ModelContext {
  readonly ledger: Ledger;
  readonly params: Params;
  /** The request this instance decides; only the decision machine has more than one instance. */
  readonly scope: Scope;
  /** The roles a person plays in this run: their moves wait for the player's choice. */
  readonly played?: readonly Role[];
  /** How many player's choices this machine has taken. */
  readonly choicesTaken?: number;
}

export interface ModelInput {
  readonly ledger: Ledger;
  readonly params: Params;
  readonly scope?: Scope;
  readonly played?: readonly Role[];
}

export const modelContext = ({ input }: { input: ModelInput | undefined }): ModelContext =>
  // XState's pure `transition()` builds a throwaway actor without input on every call; its
  // context is discarded for the snapshot we pass, so an empty one is enough (throwing cost a third of a run).
  input
    ? { ledger: input.ledger, params: input.params, scope: input.scope ?? PRIMARY_SCOPE, ...(input.played?.length ? { played: input.played } : {}) }
    : ({ scope: PRIMARY_SCOPE } as ModelContext);

export const syncLedger = assign<ModelContext, ModelEvent, undefined, ModelEvent, never>(({ context, event }) =>
  event.type === 'LEDGER_UPDATED' ? { ledger: event.ledger } : context,
);

/** Counts a player's choice as taken (play.ts); a move the model took leaves the context as it is. */
export const takeChoice = assign<ModelContext, ModelEvent, undefined, ModelEvent, never>(({ context, event }) =>
  event.type === 'PLAYER_CHOSE' ? { choicesTaken: event.n } : context,
);

/** A ledger guard for `setup({ guards })`; on a played role's move, the player's choice decides (play.ts). */
export const ledgerGuard = (name: GuardName) =>
  preferPlayer(({ context }: { context: ModelContext; event: ModelEvent }): boolean =>
    holds(name, context.ledger, context.params, context.scope));
