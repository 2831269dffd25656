import type { LoadedScenario } from '../scenario/load.js';
import { chooseMembers, type Chosen } from '../sweep/ensemble/choose.js';
import { UsageError } from './io.js';

/** The members `--ensemble FILE` / `--single` (or the kept ensemble) pick for these scenarios; null: one run each. */
export function ensembleFor(values: { ensemble?: string; single?: boolean }, scenarios: readonly LoadedScenario[]): Chosen | null {
  if (values.single && values.ensemble !== undefined) throw new UsageError('--single and --ensemble exclude each other: one run, or the ensemble\'s members');
  return chooseMembers(scenarios, values);
}
