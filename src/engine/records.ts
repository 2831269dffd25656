import type { StateNode } from 'xstate';
import { MACHINES, MACHINE_IDS, type Effects, type RecordParams } from '../../machines/index.js';
import type { RunInputs } from './types.js';

type ActionLike = { type: string; params?: unknown };

/** Where each `record` lives in the machine definitions: log event type → state path. */
export const RECORD_STATES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const walk = (node: StateNode<any, any>, path: string[]) => {
    for (const action of node.entry as ActionLike[]) {
      if (action.type === 'record') out.set((action.params as RecordParams).event, path.join('.'));
    }
    for (const [key, child] of Object.entries(node.states)) walk(child, [...path, key]);
  };
  for (const id of MACHINE_IDS) walk(MACHINES[id].root, []);
  return out;
})();

/** A record's effects with their named parameters read from the run's params. */
export function resolveEffects(r: RecordParams, params: RunInputs['params']): Effects | undefined {
  if (!r.effects) return undefined;
  const out: Record<string, number> = {};
  for (const [force, param] of Object.entries(r.effects)) out[force] = params[param];
  return out as Effects;
}
