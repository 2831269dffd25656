import type { Ledger, MeasureName } from './ledger.js';
import { measure } from './ledger.js';
import type { ParameterName, Params } from './parameters.js';
import { PRIMARY_SCOPE, type Scope } from './scopes.js';

/**
 * A guard compares one measure of the ledger with one named parameter.
 * Machines read guards through `holds`; `explain` reads the same definition
 * to say by how much a guard held or fell short.
 */
export interface GuardSpec {
  readonly label: string;
  /** Who decides. */
  readonly who: string;
  readonly measure: MeasureName;
  readonly op: '>=' | '<';
  readonly threshold: ParameterName;
}

export const GUARDS = {
  kyivPresses: {
    label: 'Kyiv presses for a formal lift',
    who: 'Zelenskyy, Umerov',
    measure: 'kharkivThreat', op: '>=', threshold: 'kyivRequestThreat',
  },
  advisorsRecommend: {
    label: 'advisors agree to recommend',
    who: 'Sullivan, Austin, Brown',
    measure: 'support', op: '>=', threshold: 'advisorsSupportThreshold',
  },
  presidentAgreesInPrinciple: {
    label: 'president agrees in principle',
    who: 'Biden',
    measure: 'net', op: '>=', threshold: 'inPrincipleMargin',
  },
  presidentRefuses: {
    label: 'president refuses outright',
    who: 'Biden',
    measure: 'net', op: '<', threshold: 'refusalMargin',
  },
  dueDiligenceNeeded: {
    label: 'president asks for due diligence',
    who: 'Biden',
    measure: 'restraint', op: '>=', threshold: 'dueDiligenceRestraint',
  },
  principalsAgree: {
    label: 'principals all agree',
    who: 'Sullivan, Blinken, Austin, Brown',
    measure: 'support', op: '>=', threshold: 'principalsSupportThreshold',
  },
  presidentSendsBack: {
    label: 'president sends the case back',
    who: 'Biden',
    measure: 'net', op: '<', threshold: 'inPrincipleMargin',
  },
  presidentGivesFinalApproval: {
    label: 'president gives final approval',
    who: 'Biden',
    measure: 'net', op: '>=', threshold: 'finalApprovalMargin',
  },
  washingtonIsolated: {
    label: 'Washington stands alone among allies',
    who: 'UK, France, NATO and others',
    measure: 'alliedIsolation', op: '>=', threshold: 'isolationThreshold',
  },
} as const satisfies Record<string, GuardSpec>;

export type GuardName = keyof typeof GUARDS;

export interface GuardReading {
  readonly guard: GuardName;
  readonly holds: boolean;
  readonly value: number;
  readonly threshold: number;
  /** How far the measure is past (positive) or short of (negative) the threshold. */
  readonly margin: number;
}

export function readGuard(guard: GuardName, ledger: Ledger, params: Params, scope: Scope = PRIMARY_SCOPE): GuardReading {
  const g: GuardSpec = GUARDS[guard];
  const value = measure(ledger, params, scope)[g.measure];
  const threshold = params[g.threshold];
  const holds = g.op === '>=' ? value >= threshold : value < threshold;
  const margin = Math.round((g.op === '>=' ? value - threshold : threshold - value) * 1e6) / 1e6;
  return { guard, holds, value, threshold, margin };
}

export function holds(guard: GuardName, ledger: Ledger, params: Params, scope: Scope = PRIMARY_SCOPE): boolean {
  return readGuard(guard, ledger, params, scope).holds;
}
