import { effectRule, ruleEffects, type Effects, type Params } from '../../machines/index.js';
import type { ScenarioEvent } from './types.js';

/**
 * What an input does to the ledger: the one place the scheduler asks. Effects written on the
 * event override the model's defaults for its type and actor (machines/effects.ts).
 */
export function inputEffects(event: ScenarioEvent, params: Params): Effects {
  return event.effects ?? ruleEffects(effectRule(event.type, event.actor), params);
}

/** Whether the event writes its own effects instead of taking its type's and actor's. */
export const overridesEffects = (event: ScenarioEvent): boolean => event.effects !== undefined;

/** The events of a run that write their own effects, in their order. */
export const effectOverrides = (events: readonly ScenarioEvent[]): ScenarioEvent[] => events.filter(overridesEffects);
