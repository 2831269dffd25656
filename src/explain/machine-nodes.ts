import type { AnyStateMachine, StateNode } from 'xstate';
import { GUARDS, MACHINES, MACHINE_IDS, PRIMARY_SCOPE, type GuardName, type MachineId, type RecordParams } from '../../machines/index.js';

type Node = StateNode<any, any>;
type ActionLike = { type?: string; event?: { type?: string } | ((args: unknown) => { type?: string }); params?: unknown };

/** Every state of every machine of the model, with its dotted path. */
const NODES: readonly { machine: MachineId; path: string; node: Node }[] = (() => {
  const out: { machine: MachineId; path: string; node: Node }[] = [];
  const walk = (machine: MachineId, node: Node, path: string[]) => {
    if (path.length) out.push({ machine, path: path.join('.'), node });
    for (const [key, child] of Object.entries(node.states)) walk(machine, child, [...path, key]);
  };
  for (const id of MACHINE_IDS) walk(id, (MACHINES[id] as AnyStateMachine).root, []);
  return out;
})();

const isGuardName = (g: unknown): g is GuardName => typeof g === 'string' && Object.prototype.hasOwnProperty.call(GUARDS, g);
const entries = (node: Node) => node.entry as readonly ActionLike[];

/** A state of a machine by its dotted path (`path.approved.finalReview`). */
export function stateNode(machine: MachineId, path: string): Node | undefined {
  return NODES.find((n) => n.machine === machine && n.path === path)?.node;
}

/** The ledger guards that would carry a machine out of a state on their own. */
export function guardsOut(node: Node): GuardName[] {
  return (node.always ?? []).map((t) => t.guard).filter(isGuardName);
}

/** The events a state waits for, besides ledger updates. */
export function awaitedEvents(node: Node): string[] {
  return Object.keys(node.on).filter((t) => t !== 'LEDGER_UPDATED');
}

/** The type of event an emit sends; a payload built from context (e.g. its scope) is read against a stand-in. */
function emittedType(a: ActionLike): string | undefined {
  if (typeof a.event === 'function') {
    try {
      return a.event({ context: { scope: PRIMARY_SCOPE } }).type;
    } catch {
      return undefined;
    }
  }
  return a.event?.type;
}

/** Per event type, the states whose entry emits it, in the machines' order; tabled once, as the machines never change. */
const EMITTERS = new Map<string, { machine: MachineId; path: string; node: Node }[]>();
for (const n of NODES) {
  for (const a of entries(n.node)) {
    const type = a.type === 'xstate.emit' ? emittedType(a) : undefined;
    if (type && !EMITTERS.get(type)?.includes(n)) EMITTERS.set(type, [...(EMITTERS.get(type) ?? []), n]);
  }
}

/** The states whose entry sends an event to the other machines (`REQUEST_SUBMITTED` → Kyiv's `awaitingAnswer`). */
export function emitters(eventType: string): readonly { machine: MachineId; path: string; node: Node }[] {
  return EMITTERS.get(eventType) ?? [];
}

/** The guard a log event type is recorded with, if its state is entered by one. */
export function recordGuard(eventType: string): GuardName | undefined {
  for (const { node } of NODES) {
    const r = entries(node).find((a) => a.type === 'record' && (a.params as RecordParams).event === eventType);
    if (r) return (r.params as RecordParams).guard;
  }
  return undefined;
}

/** The states that read a ledger guard on their own (where it is weighed). */
export function statesReading(guard: GuardName): Node[] {
  return NODES.filter((n) => guardsOut(n.node).includes(guard)).map((n) => n.node);
}
