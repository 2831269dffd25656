import { defaultParams, initialLedger, type Ledger } from '../../machines/index.js';

const base = initialLedger(defaultParams());

/** Every force for lifting at its top, restraint at its floor: every "yes" guard holds. */
export const STRONG_CASE: Ledger = {
  ...base, russianPressure: 1, ukraineStocks: 0, alliedIsolation: 1, congressPressure: 1,
  internalAdvocacy: 1, escalationRisk: 0.4, presidentCaution: 0.4,
};

/** A pressing case that still falls short of the president's restraint: he defers. */
export const CLOSE_CASE: Ledger = {
  ...base, russianPressure: 1, ukraineStocks: 0, alliedIsolation: 0.2, congressPressure: 0.3,
  internalAdvocacy: 0.5, escalationRisk: 0.8, presidentCaution: 0.8,
};

/** No case at all: the president refuses outright. */
export const NO_CASE: Ledger = {
  ...base, russianPressure: 0, ukraineStocks: 1, alliedIsolation: 0, congressPressure: 0,
  internalAdvocacy: 0, escalationRisk: 1, presidentCaution: 1,
};

/** Close enough at the final review that the president waits (case minus restraint −0.08: above the in-principle bar, below the final one). */
export const NEAR_CASE: Ledger = { ...CLOSE_CASE, presidentCaution: 0.55 };
