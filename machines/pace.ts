import type { Ledger } from './ledger.js';
import { measure } from './ledger.js';
import type { ParameterName, Params } from './parameters.js';
import { PRIMARY_SCOPE, type Scope } from './scopes.js';

/** The process delays that pressure can shorten: each is a recorded duration in `parameters.ts`. */
export type PacedDelay = Extract<ParameterName,
  'recommendationDraftingDays' | 'dueDiligenceDays' | 'letterDraftingDays' | 'operationalPlanningDays'>;

/** Each paced step in words, for `explain`. */
export const PACED_STEPS: Readonly<Record<PacedDelay, string>> = {
  recommendationDraftingDays: 'the memo',
  dueDiligenceDays: 'due diligence',
  letterDraftingDays: 'the letter',
  operationalPlanningDays: 'operational planning',
};

export interface Pace {
  readonly delay: PacedDelay;
  /** The recorded duration, in days. */
  readonly base: number;
  /** The duration this time: `base` less whole days, never under (1 − paceMaxCut) of it. */
  readonly days: number;
  /** How far the case stood past the final bar, as a share of the step from the in-principle bar up to it (0..1). */
  readonly urgency: number;
  /** Case minus restraint when the step began. */
  readonly net: number;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * How long a step takes, given the ledger when it begins. A case that clearly outweighs the
 * restraint is worked faster: urgency is how far case minus restraint stands past the final
 * bar (`finalApprovalMargin`), on the scale of the step from the in-principle bar
 * (`inPrincipleMargin`) up to it: a case one more such step past the final bar is fully
 * urgent. The model's own bars set the scale, so no new number does. The cut is at most `paceMaxCut` of the
 * recorded duration; a case at or below the bar gets the recorded duration, so the record,
 * whose margins are small, keeps its dates. The cut is in whole days (rounded down), as the reports count them.
 *
 * @example
 *   pace('dueDiligenceDays', ledger, params) // { base: 7, days: 6, urgency: 0.5, … } when net is 0.05
 */
export function pace(delay: PacedDelay, ledger: Ledger, p: Params, scope: Scope = PRIMARY_SCOPE): Pace {
  const base = p[delay];
  const net = measure(ledger, p, scope).net;
  const scale = p.finalApprovalMargin - p.inPrincipleMargin;
  const urgency = scale > 0 ? round(Math.min(1, Math.max(0, (net - p.finalApprovalMargin) / scale))) : 0;
  const cut = Math.min(1, Math.max(0, p.paceMaxCut)) * urgency;
  // Whole days off, rounded down: never past the bound, and a drawn, fractional duration keeps its value when nothing is cut.
  return { delay, base, days: round(base - Math.floor(base * cut + 1e-9)), urgency, net };
}
