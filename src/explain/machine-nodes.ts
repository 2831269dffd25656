import { GUARDS, MACHINE_IDS, type GuardName, type MachineId } from '../../machines/index.js';
import { modelGraph, stateAt, type GraphNode } from '../engine/index.js';

/** A state of a model machine, with its dotted path. */
export interface MachineNode {
  readonly machine: MachineId;
  readonly path: string;
  readonly node: GraphNode;
}

const isGuardName = (g: string): g is GuardName => Object.prototype.hasOwnProperty.call(GUARDS, g);
const placed = (node: GraphNode): MachineNode => ({ machine: node.machine as MachineId, path: node.path, node });

/** A state of a machine by its dotted path (`path.approved.finalReview`). */
export function stateNode(machine: MachineId, path: string): GraphNode | undefined {
  return path === '' ? undefined : stateAt(machine, path);
}

/** The ledger guards that would carry a machine out of a state on their own. */
export function guardsOut(node: GraphNode): GuardName[] {
  return (node.always ?? []).flatMap((t) => (t.guard?.kind === 'named' && isGuardName(t.guard.name) ? [t.guard.name] : []));
}

/** The events a state waits for, besides ledger updates. */
export function awaitedEvents(node: GraphNode): string[] {
  return [...node.on.keys()].filter((t) => t !== 'LEDGER_UPDATED');
}

/** The states whose entry sends an event to the other machines (`REQUEST_SUBMITTED` → Kyiv's `awaitingAnswer`). */
export function emitters(eventType: string): readonly MachineNode[] {
  return (modelGraph().emitters.get(eventType) ?? []).map(placed);
}

/** The guard a log event type is recorded with, if its state is entered by one. */
export function recordGuard(eventType: string): GuardName | undefined {
  return modelGraph().recorders.get(eventType)?.find((r) => r.node.parent)?.params.guard;
}

/** The states that read a ledger guard on their own (where it is weighed). */
export function statesReading(guard: GuardName): GraphNode[] {
  const g = modelGraph();
  return MACHINE_IDS.flatMap((id) => g.machines[id].nodes.filter((n) => n.parent && guardsOut(n).includes(guard)));
}
