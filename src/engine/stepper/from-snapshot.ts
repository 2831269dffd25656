import type { AnyMachineSnapshot } from 'xstate';
import { activeNodeIds } from '../graph/definition.js';
import type { CompiledMachine, MachineState } from './compiled-machine.js';

/** A stepper state equal to an XState snapshot of the same machine: how tests start both from one place. */
export function fromSnapshot(cm: CompiledMachine, snapshot: AnyMachineSnapshot): MachineState {
  const byId = new Map(cm.nodes.map((n) => [n.id, n]));
  const nodes = activeNodeIds(snapshot).map((id) => byId.get(id)!);
  const active = new Uint8Array(cm.nodes.length);
  for (const n of nodes) active[n.index] = 1;
  return {
    active, nodes, context: snapshot.context, status: snapshot.status === 'done' ? 'done' : 'active',
    eventless: nodes.some((n) => n.alwaysChain.length > 0), deferred: undefined, assigned: 0,
  };
}
