import type { AnyStateMachine } from 'xstate';
import { MACHINES, MACHINE_IDS, PRIMARY_SCOPE, type MachineId, type RecordParams } from '../../../machines/index.js';
import { readMachine } from './read-machine.js';
import type { GraphAction, GraphNode, MachineGraph } from './types.js';

/** A state whose entry records a log event, with what it records. */
export interface Recorder {
  readonly machine: MachineId;
  readonly node: GraphNode;
  readonly params: RecordParams;
}

/** The model's machines read once, and the tables every reader asks of them. */
export interface ModelGraph {
  readonly machines: Readonly<Record<MachineId, MachineGraph>>;
  /** Per log event type, the states whose entry records it, in the machines' order. */
  readonly recorders: ReadonlyMap<string, readonly Recorder[]>;
  /** Per event type, the states (the roots aside) whose entry emits it to the other machines, in the machines' order. */
  readonly emitters: ReadonlyMap<string, readonly GraphNode[]>;
  /** Where each log event is recorded: event type → state path (the last recorder's, when several). */
  readonly recordStates: ReadonlyMap<string, string>;
}

let graph: ModelGraph | undefined;

/**
 * The model graph, read from machines/ on first use, not at import: a machine the engine
 * cannot run is refused (`UnsupportedFeatureError`) by whichever command reads it first.
 *
 * @example modelGraph().machines.press.root.children.map((n) => n.key) // ['watching', 'published']
 */
export function modelGraph(): ModelGraph {
  if (graph) return graph;
  const machines = {} as Record<MachineId, MachineGraph>;
  for (const id of MACHINE_IDS) machines[id] = readMachine(MACHINES[id] as AnyStateMachine);
  const recorders = new Map<string, Recorder[]>();
  const emitters = new Map<string, GraphNode[]>();
  const recordStates = new Map<string, string>();
  for (const id of MACHINE_IDS) {
    for (const node of machines[id].nodes) {
      for (const a of node.entry) {
        if (a.kind === 'custom' && a.type === 'record') {
          const params = a.params as RecordParams;
          push(recorders, params.event, { machine: id, node, params });
          recordStates.set(params.event, node.path);
        }
        const emitted = node.parent ? emittedType(a) : undefined;
        if (emitted && !emitters.get(emitted)?.includes(node)) push(emitters, emitted, node);
      }
    }
  }
  return (graph = { machines, recorders, emitters, recordStates });
}

/** A state of a model machine by its dotted path (`path.approved.finalReview`). */
export const stateAt = (machine: MachineId, path: string): GraphNode | undefined => modelGraph().machines[machine].byPath.get(path);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The type of event an emit sends; a payload built from context (e.g. its scope) is read against a stand-in. */
function emittedType(a: GraphAction): string | undefined {
  if (a.kind !== 'emit') return undefined;
  const event = a.event as { type?: string } | ((args: unknown) => { type?: string }) | undefined;
  if (typeof event === 'function') {
    try {
      return event({ context: { scope: PRIMARY_SCOPE } }).type;
    } catch {
      return undefined;
    }
  }
  return event?.type;
}
