import type { ActorId } from './actors.js';
import type { Ledger } from './ledger.js';
import type { Scope } from './scopes.js';

/** A meeting place between actors: who is on it and at what level decides what it can carry. */
export interface Channel {
  readonly kind: 'call' | 'trip' | 'meeting';
  readonly level: 'principals' | 'staff';
  readonly parties: readonly ActorId[];
}

/**
 * Every event a machine of the model can receive. Inputs from a scenario are
 * translated into these by `inputs.ts`; the rest are sent between machines.
 */
export type ModelEvent =
  | { readonly type: 'LEDGER_UPDATED'; readonly ledger: Ledger }
  | ({ readonly type: 'CHANNEL_OPENED'; readonly by: ActorId } & Channel)
  | { readonly type: 'REMARKS_MADE'; readonly by: ActorId; readonly setting: 'public' | 'closed' }
  | { readonly type: 'STORY_PUBLISHED'; readonly by: ActorId }
  | { readonly type: 'FORCES_MASSED'; readonly by: ActorId }
  | { readonly type: 'OFFENSIVE_LAUNCHED'; readonly by: ActorId }
  | { readonly type: 'THREAT_ISSUED'; readonly by: ActorId }
  | { readonly type: 'STRIKE_CONDUCTED'; readonly by: ActorId }
  | { readonly type: 'AID_STALLED'; readonly by: ActorId }
  | { readonly type: 'SUPPLEMENTAL_PASSED'; readonly by: ActorId }
  | { readonly type: 'SUPPLEMENTAL_SIGNED'; readonly by: ActorId }
  | { readonly type: 'LAWMAKERS_PRESSED'; readonly by: ActorId }
  | { readonly type: 'ALLY_MOVED'; readonly by: ActorId }
  | { readonly type: 'BRIEFING_GIVEN'; readonly by: ActorId }
  | { readonly type: 'ASSESSMENT_MADE'; readonly by: ActorId }
  | { readonly type: 'OFFICIAL_APPOINTED'; readonly by: ActorId }
  | { readonly type: 'SITUATION_REPORTED'; readonly by: ActorId }
  | { readonly type: 'AIM_WIDENED'; readonly by: ActorId; readonly scope: Scope }
  // A played role's choice (play.ts), sent by the engine to the one machine that waits for it.
  | { readonly type: 'PLAYER_CHOSE'; readonly role: string; readonly at: string; readonly option: string; readonly n: number }
  // Sent between machines.
  | { readonly type: 'REQUEST_SUBMITTED'; readonly scope: Scope }
  | { readonly type: 'DECISION_DEFERRED'; readonly scope: Scope }
  | { readonly type: 'DECISION_REFUSED'; readonly scope: Scope }
  | { readonly type: 'LETTER_SENT'; readonly scope: Scope }
  | { readonly type: 'POLICY_IN_EFFECT'; readonly scope: Scope }
  | { readonly type: 'NEWS_BROKE' };

export type ModelEventType = ModelEvent['type'];
