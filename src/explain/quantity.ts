import { FORCES, MEASURES, isForce, measure, type Force, type Ledger, type MeasureName, type Params } from '../../machines/index.js';

/** Something a run can be asked about: a force of the ledger or a measure the guards read. */
export type Quantity = Force | MeasureName;

/** A quantity's value for a ledger. */
export function readQuantity(ledger: Ledger, params: Params, q: Quantity): number {
  return isForce(q) ? ledger[q] : measure(ledger, params)[q];
}

/** How a person calls it: "danger to Kharkiv", "Ukraine's ammunition and air defence". */
export function quantityLabel(q: Quantity): string {
  return isForce(q) ? FORCES[q].label : MEASURES[q].label;
}
