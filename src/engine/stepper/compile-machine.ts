import type { AnyStateMachine } from 'xstate';
import { readMachine } from '../graph/read-machine.js';
import type { GraphNode, GraphTransition, MachineGraph } from '../graph/types.js';
import { compileGuard } from './compile-guard.js';
import { entrySetOf, transitionDomain, type TransitionBase } from './entry-set.js';
import type { AnyEvent, CompiledAction, CompiledMachine, CompiledNode, CompiledTransition, EventPlan } from './compiled-machine.js';

export { UnsupportedFeatureError } from '../graph/read-machine.js';

/**
 * A machine definition read (src/engine/graph) and compiled to the tables the stepper
 * walks. Throws `UnsupportedFeatureError` for anything it cannot reproduce exactly.
 *
 * @example
 *   const cm = compileMachine(decisionMachine);
 *   cm.nodes.map((n) => n.path) // ['', 'path', 'path.restricted', ...]
 */
export const compileMachine = (machine: AnyStateMachine): CompiledMachine => compileGraph(readMachine(machine));

/**
 * A machine of the model graph compiled into flat tables: nodes in document order,
 * transitions per event type, guards compiled to tests over context, event and the active nodes.
 */
export function compileGraph(graph: MachineGraph): CompiledMachine {
  const nodes: CompiledNode[] = graph.nodes.map((g) => ({
    index: g.index, key: g.key, id: g.id, path: g.path, type: g.type,
    parent: undefined, children: [], initial: undefined, entry: [...g.entry], exit: [...g.exit], on: new Map(), always: undefined,
    descendantOf: new Uint8Array(graph.nodes.length), alwaysChain: [], doneEvent: undefined,
  }));
  const of = (g: GraphNode): CompiledNode => nodes[g.index]!;
  const root = of(graph.root);
  for (const g of graph.nodes) {
    const node = of(g);
    (node as { parent: CompiledNode | undefined }).parent = g.parent && of(g.parent);
    node.children.push(...g.children.map(of));
    node.initial = g.initial && of(g.initial);
  }
  for (const node of nodes) for (let a = node.parent; a; a = a.parent) node.descendantOf[a.index] = 1;

  const compileTransition = (t: GraphTransition): CompiledTransition => withEntrySet({
    source: of(t.source), targets: t.targets?.map(of), guard: t.guard && compileGuard(t.guard),
    actions: t.actions, reenter: t.reenter,
  }, root);
  // Initial children are set above: entry sets of the transitions read them.
  for (const g of graph.nodes) {
    const node = of(g);
    for (const [eventType, list] of g.on) node.on.set(eventType, list.map(compileTransition));
    if (g.always) node.always = g.always.map(compileTransition);
  }
  for (const node of nodes) {
    if (node.type === 'atomic' || node.type === 'final') {
      for (let s: CompiledNode | undefined = node; s; s = s.parent) if (s.always) node.alwaysChain.push(s);
    }
    if (node.type === 'final' && node.parent?.type === 'compound') node.doneEvent = doneEvent(node.parent.id);
  }

  const plans = new Map<string, EventPlan>();
  for (const node of nodes) for (const type of node.on.keys()) plans.set(type, { contextOnly: undefined });
  for (const [type, [t, ...more]] of root.on) {
    const only = t && more.length === 0 && !t.guard && !t.targets && nodes.every((n) => n === root || !n.on.has(type));
    if (only && t.actions.every((a) => a.kind === 'assign')) {
      plans.set(type, { contextOnly: t.actions as Extract<CompiledAction, { kind: 'assign' }>[] });
    }
  }
  const initialTransition = withEntrySet({ source: root, targets: initialStateNodes(root), guard: undefined, actions: [], reenter: true }, root);
  return { id: graph.id, nodes, root, plans, createContext: graph.createContext, delays: graph.delays, initialTransition };
}

const doneEvents = new Map<string, AnyEvent>();

/** The event a state's completion raises (`xstate.done.state.<id>`), one object per id. */
export function doneEvent(id: string): AnyEvent {
  let e = doneEvents.get(id);
  if (!e) doneEvents.set(id, (e = { type: `xstate.done.state.${id}`, output: undefined } as AnyEvent));
  return e;
}

/** XState's `getInitialStateNodes`: the root and every node entered by default, in its order. */
function initialStateNodes(root: CompiledNode): CompiledNode[] {
  const out: CompiledNode[] = [];
  const seen = new Set<CompiledNode>();
  const iter = (n: CompiledNode) => {
    if (seen.has(n)) return;
    seen.add(n);
    out.push(n);
    if (n.type === 'compound') iter(n.initial!);
    else if (n.type === 'parallel') n.children.forEach(iter);
  };
  iter(root);
  return out;
}

function withEntrySet(t: TransitionBase, root: CompiledNode): CompiledTransition {
  const withDomain = { ...t, domain: transitionDomain(t, root) };
  return { ...withDomain, entrySet: t.targets ? entrySetOf([withDomain]) : [] };
}
