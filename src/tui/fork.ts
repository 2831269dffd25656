import type { ParameterName } from '../../machines/index.js';
import type { RunInputs, ScenarioEvent } from '../engine/index.js';

/**
 * One change a fork makes to a scenario, in the shape a scenario file's
 * `changes:` list takes (`move`, `remove`, `add`, `set`).
 */
export type Change =
  | { readonly move: string; readonly to: string }
  | { readonly remove: string }
  | { readonly add: ScenarioEvent }
  | { readonly set: { readonly parameter: ParameterName; readonly value: number } };

/**
 * The inputs of a run with changes applied in order. Pure; throws when a
 * change names an input the scenario does not have.
 *
 * @example applyChanges(baseline.inputs, [{ remove: 'cameron-kyiv-remarks' }]).events.length // 34
 */
export function applyChanges(inputs: RunInputs, changes: readonly Change[]): RunInputs {
  return changes.reduce(applyChange, inputs);
}

function applyChange(inputs: RunInputs, change: Change): RunInputs {
  if ('set' in change) return { ...inputs, params: { ...inputs.params, [change.set.parameter]: change.set.value } };
  if ('add' in change) return { ...inputs, events: [...inputs.events, change.add] };
  const id = 'move' in change ? change.move : change.remove;
  if (!inputs.events.some((e) => e.id === id)) throw new Error(`no input "${id}" in ${inputs.scenario.id}`);
  const events = 'move' in change
    ? inputs.events.map((e) => (e.id === id ? { ...e, date: change.to } : e))
    : inputs.events.filter((e) => e.id !== id);
  return { ...inputs, events };
}
