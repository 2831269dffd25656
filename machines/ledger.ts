import type { Params } from './parameters.js';
import { PRIMARY_SCOPE, SCOPES, type Scope } from './scopes.js';

/**
 * The forces on the decision. Each is the sum of the pushes input events gave it, from 0 up
 * (no cap: a stronger offensive keeps adding); the guards read it as felt, through `felt`.
 */
export const FORCES = {
  russianPressure: { label: 'Russian push on Kharkiv', side: 'for', param: 'initialRussianPressure' },
  // Full stocks blunt the danger to Kharkiv, so they weigh against lifting.
  ukraineStocks: { label: 'Ukraine\'s ammunition and air defence', side: 'against', param: 'initialUkraineStocks' },
  alliedIsolation: { label: 'Washington\'s isolation among allies', side: 'for', param: 'initialAlliedIsolation' },
  congressPressure: { label: 'Pressure from Congress', side: 'for', param: 'initialCongressPressure' },
  internalAdvocacy: { label: 'Advocacy inside the administration', side: 'for', param: 'initialInternalAdvocacy' },
  escalationRisk: { label: 'Risk of Russian escalation', side: 'against', param: 'initialEscalationRisk' },
  presidentCaution: { label: 'The president\'s caution', side: 'against', param: 'initialPresidentCaution' },
} as const satisfies Record<string, { label: string; side: 'for' | 'against'; param: keyof Params }>;

export type Force = keyof typeof FORCES;
export type Ledger = Readonly<Record<Force, number>>;
export type Effects = Readonly<Partial<Record<Force, number>>>;

export const FORCE_NAMES = Object.keys(FORCES) as Force[];

export function isForce(name: string): name is Force {
  return Object.prototype.hasOwnProperty.call(FORCES, name);
}

export function initialLedger(params: Params): Ledger {
  const out = {} as Record<Force, number>;
  for (const force of FORCE_NAMES) out[force] = params[FORCES[force].param];
  return out;
}

// Rounding keeps folds exact across platforms and makes logs diff cleanly.
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The ledger after an event's effects. A level cannot go below 0 (no allied move, empty
 * stocks are real floors); it has no ceiling, so pushes past the top still count.
 */
export function applyEffects(ledger: Ledger, effects: Effects): Ledger {
  const out: Record<Force, number> = { ...ledger };
  for (const force of FORCE_NAMES) {
    const delta = effects[force];
    if (delta !== undefined) out[force] = round(Math.max(0, out[force] + delta));
  }
  return out;
}

/**
 * A force's level as the decision feels it: as written up to `saturationKnee`, then bending
 * smoothly (tanh, same slope at the knee) toward 1, so each further push counts for less but
 * never for nothing, where a clip at 1 threw it away.
 */
export function felt(level: number, p: Params): number {
  const k = p.saturationKnee;
  if (level <= k) return level;
  const room = 1 - k;
  return room <= 0 ? 1 : round(k + room * Math.tanh((level - k) / room));
}

/** Every force of a ledger as felt. */
export function feltLedger(ledger: Ledger, p: Params): Ledger {
  const out = {} as Record<Force, number>;
  for (const force of FORCE_NAMES) out[force] = felt(ledger[force], p);
  return out;
}

/** What the guards read: combinations of the forces, each explained in `MEASURES`. */
export interface Measures {
  readonly kharkivThreat: number;
  readonly support: number;
  readonly restraint: number;
  readonly net: number;
  readonly alliedIsolation: number;
}

export type MeasureName = keyof Measures;

export const MEASURES: Readonly<Record<MeasureName, { label: string; formula: string }>> = {
  kharkivThreat: {
    label: 'danger to Kharkiv',
    formula: 'russianPressure × (1 − stockCushion × ukraineStocks)',
  },
  support: {
    label: 'case for lifting',
    formula: 'weightThreat×kharkivThreat + weightIsolation×alliedIsolation + weightCongress×congressPressure + weightAdvocacy×internalAdvocacy',
  },
  restraint: {
    label: 'restraint',
    formula: 'weightCaution×presidentCaution + weightEscalation×escalationRisk (+ the scope\'s premium, e.g. deepStrikeRestraintPremium)',
  },
  net: { label: 'case minus restraint', formula: 'support − restraint' },
  alliedIsolation: { label: 'isolation among allies', formula: 'alliedIsolation' },
};

/** The measures of a ledger, for a request of the given scope (the Kharkiv border by default). */
export function measure(raw: Ledger, p: Params, scope: Scope = PRIMARY_SCOPE): Measures {
  const ledger = feltLedger(raw, p);
  const premium = SCOPES[scope].restraintPremium;
  const kharkivThreat = round(ledger.russianPressure * (1 - p.stockCushion * ledger.ukraineStocks));
  const support = round(
    p.weightThreat * kharkivThreat +
      p.weightIsolation * ledger.alliedIsolation +
      p.weightCongress * ledger.congressPressure +
      p.weightAdvocacy * ledger.internalAdvocacy,
  );
  const restraint = round(
    p.weightCaution * ledger.presidentCaution + p.weightEscalation * ledger.escalationRisk + (premium ? p[premium] : 0),
  );
  return { kharkivThreat, support, restraint, net: round(support - restraint), alliedIsolation: ledger.alliedIsolation };
}
