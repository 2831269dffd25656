import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { MACHINES, MACHINE_IDS } from '../../../machines/index.js';
import { combinatorOf } from './read-guard.js';

/** Each machine as written: its config and the names of its implementations (what the model hash reads). */
export function machineDefinitions(): Record<string, unknown> {
  const machines: Record<string, unknown> = {};
  for (const id of MACHINE_IDS) {
    const m = MACHINES[id] as AnyStateMachine;
    const impl = m.implementations;
    machines[id] = {
      config: m.config,
      implementations: {
        actions: Object.keys(impl.actions).sort(), guards: Object.keys(impl.guards).sort(), delays: Object.keys(impl.delays).sort(),
      },
    };
  }
  return machines;
}

/** A guard combinator of the config as data (its kind and operands as written), or undefined for any other function. */
export function describeCombinator(fn: unknown): { guard: string; guards: unknown; stateValue: unknown } | undefined {
  const combinator = combinatorOf(fn);
  if (!combinator) return undefined;
  const f = fn as { guards?: unknown; stateValue?: unknown };
  return { guard: combinator, guards: f.guards, stateValue: f.stateValue };
}

/** The ids of an XState snapshot's active state nodes, in XState's order. */
export const activeNodeIds = (snapshot: AnyMachineSnapshot): string[] => (snapshot._nodes as { id: string }[]).map((x) => x.id);
