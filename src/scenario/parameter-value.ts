import { PARAMETERS, type ParameterName } from '../../machines/index.js';

/** Ten years: any delay longer than that is a typo, and a run's dates must stay on the calendar. */
export const MAX_DELAY_DAYS = 3650;
/** Weights, thresholds, margins and steps act on levels between 0 and 1; far past that is a typo. */
const MAX_MAGNITUDE = 1000;

/**
 * What is wrong with giving a parameter this value, or undefined when it is a
 * value the model can run with: a level within 0..1, a delay within 0..3650 days
 * (time cannot run backwards), anything else a finite number of modest size.
 *
 * @example
 *   parameterValueProblem('letterDraftingDays', -3) // 'letterDraftingDays is a delay in days: …'
 */
export function parameterValueProblem(name: ParameterName, value: number): string | undefined {
  const unit = PARAMETERS[name].unit;
  const [min, max, what] = unit === 'days' ? [0, MAX_DELAY_DAYS, 'a delay in days']
    : unit === 'level' ? [0, 1, 'a starting level']
      : [-MAX_MAGNITUDE, MAX_MAGNITUDE, `a ${unit}`];
  if (Number.isFinite(value) && value >= min && value <= max) return undefined;
  return `${name} is ${what}: give a number from ${min} to ${max}; found ${value}`;
}
