import { PARAMETERS, PARAMETER_NAMES, type ParameterName, type ParameterUnit } from './parameters.js';

/** How a parameter's prior is shaped; the same shapes a scenario's `uncertainty` block takes. */
export type PriorShape =
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number; readonly min: number; readonly max: number }
  /** Not drawn: the record gives the number itself. */
  | { readonly kind: 'fixed' };

export interface Prior {
  readonly shape: PriorShape;
  /** Why the prior is as wide as it is. */
  readonly reason: string;
}

/** The range each kind of parameter lives in; a prior must stay inside it. */
export const UNIT_RANGE: Readonly<Record<ParameterUnit, readonly [number, number]>> = {
  level: [0, 1], weight: [0, 1], threshold: [0, 1], step: [0, 1], margin: [-1, 1], days: [0, 365],
};

/** The default half-width, as a share of the value. A judgement: the reports give words ("substantial", "several days"), not numbers, and ±30% is as far as one reading of a word stretches from another. */
export const DEFAULT_SPREAD = 0.3;
/** A margin judged at the neutral point has no scale to take 30% of: ±0.1 of its −1..1 range, as baseline-uncertain.yaml draws finalApprovalMargin. */
const ZERO_MARGIN_SPREAD = 0.1;

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Triangular around the value, ±`spread` of it, clipped to the unit's range. */
function around(name: ParameterName, spread: number, reason: string): Prior {
  const { value, unit } = PARAMETERS[name];
  const [lo, hi] = UNIT_RANGE[unit];
  const half = value === 0 ? ZERO_MARGIN_SPREAD : Math.abs(value) * spread;
  return { shape: { kind: 'triangular', min: round(Math.max(lo, value - half)), mode: value, max: round(Math.min(hi, value + half)) }, reason };
}

const DEFAULT_REASON = 'default: triangular ±30% around the judged value (a judgement, see DEFAULT_SPREAD)';

/** Priors that differ from the default, each with the reason it differs. */
const SPECIAL: Partial<Record<ParameterName, Prior>> = {
  initialAlliedIsolation: { shape: { kind: 'fixed' }, reason: 'fixed: read, not judged; no ally had lifted its limits before Cameron on 05-03 (wapo-2024-05-30)' },
  recommendationDraftingDays: { shape: { kind: 'fixed' }, reason: 'fixed: read; the 05-13 consensus reached Biden on 05-15, the one memo step the reports date (ap-2024-05-31)' },
  finalApprovalMargin: around('finalApprovalMargin', DEFAULT_SPREAD, 'judged at the neutral point: ±0.1 of the margin\'s range, as baseline-uncertain.yaml draws it'),
};

/**
 * The prior of every parameter of the model: what calibration draws from
 * before the record narrows it. Read from PARAMETERS, so a new parameter gets
 * the default prior until someone says otherwise.
 *
 * @example
 *   PRIORS.weightThreat.shape // { kind: 'triangular', min: 0.28, mode: 0.4, max: 0.52 }
 */
export const PRIORS: Readonly<Record<ParameterName, Prior>> = Object.fromEntries(
  PARAMETER_NAMES.map((name) => [name, SPECIAL[name] ?? around(name, DEFAULT_SPREAD, DEFAULT_REASON)]),
) as Record<ParameterName, Prior>;
