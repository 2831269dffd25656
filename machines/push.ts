import type { Force } from './ledger.js';
import type { ParameterName } from './parameters.js';

/** A push on one force: a parameter's value, up (+1) or down (−1). */
export interface Push {
  readonly param: ParameterName;
  readonly sign: 1 | -1;
}

/** Pushes on several forces, each by a named parameter. */
export type Pushes = Readonly<Partial<Record<Force, Push>>>;

export const up = (param: ParameterName): Push => ({ param, sign: 1 });
export const down = (param: ParameterName): Push => ({ param, sign: -1 });
