import type { ParameterName, Params } from '../../machines/index.js';
import type { RunInputs, ScenarioEvent } from '../engine/types.js';

/**
 * One change of a fork, in the scenario language's `changes` syntax.
 * To be unified with issue 4's `applyChanges` at merge.
 */
export type ForkChange =
  | { readonly add: ScenarioEvent }
  | { readonly remove: string }
  | { readonly move: string; readonly to: string }
  | { readonly set: { readonly parameter: ParameterName; readonly value: number } };

/**
 * A run's inputs with changes applied in order: added inputs go after those already
 * on their day, a moved input keeps its place among inputs of its new day.
 * Throws on an id that names no input; callers check ids first for a better message.
 *
 * @example
 *   applyForkChanges(inputs, [{ move: 'supplemental-signed', to: '2024-02-15' }])
 */
export function applyForkChanges(inputs: RunInputs, changes: readonly ForkChange[]): RunInputs {
  const events = [...inputs.events];
  let params: Params = inputs.params;
  const find = (id: string): number => {
    const i = events.findIndex((e) => e.id === id);
    if (i < 0) throw new Error(`no input "${id}" to change`);
    return i;
  };
  for (const change of changes) {
    if ('add' in change) events.push(change.add);
    else if ('remove' in change) events.splice(find(change.remove), 1);
    else if ('move' in change) {
      const i = find(change.move);
      events[i] = { ...events[i]!, date: change.to };
    } else params = { ...params, [change.set.parameter]: change.set.value };
  }
  return { ...inputs, params, events };
}
