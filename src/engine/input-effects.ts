import type { Effects, Params } from '../../machines/index.js';
import type { ScenarioEvent } from './types.js';

/**
 * What an input does to the ledger: the one place the scheduler asks (the scenario's
 * `effects:` today; defaults by type and actor may come from machines/ here).
 */
export function inputEffects(event: ScenarioEvent, _params: Params): Effects {
  return event.effects;
}
