import type { AnyStateMachine } from 'xstate';
import { compileAction } from './compile-action.js';
import { compileGuard } from './compile-guard.js';
import { entrySetOf, transitionDomain, type TransitionBase } from './entry-set.js';
import type {
  AnyEvent, CompiledAction, CompiledGuard, CompiledMachine, CompiledNode, CompiledTransition, EventPlan,
} from './compiled-machine.js';

/** A machine uses an XState feature the stepper does not compile; the message names it and where. */
export class UnsupportedFeatureError extends Error {
  constructor(machine: string, where: string, what: string) {
    super(`machine "${machine}", ${where}: ${what} is not supported by the compiled stepper`);
    this.name = 'UnsupportedFeatureError';
  }
}

type XNode = AnyStateMachine['root'];
type XTransition = {
  readonly source: XNode;
  readonly target?: readonly XNode[];
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
  readonly reenter?: boolean;
  readonly eventType?: string;
};

/**
 * Compiles a machine definition once into flat tables the stepper walks: nodes
 * in document order, transitions per event type, guards and actions resolved
 * against the machine's own implementations (the same functions XState calls).
 * Throws `UnsupportedFeatureError` for anything it cannot reproduce exactly.
 *
 * @example
 *   const cm = compileMachine(decisionMachine);
 *   cm.nodes.map((n) => n.path) // ['', 'path', 'path.restricted', ...]
 */
export function compileMachine(machine: AnyStateMachine): CompiledMachine {
  const nodes: CompiledNode[] = [];
  const byX = new Map<XNode, CompiledNode>();
  const fail = (where: string, what: string): never => {
    throw new UnsupportedFeatureError(machine.id, where, what);
  };

  const walk = (x: XNode, parent: CompiledNode | undefined): CompiledNode => {
    if (x.type === 'history') fail(`#${x.id}`, 'a history state');
    if (x.invoke.length > 0) fail(`#${x.id}`, 'invoke');
    if (x.output !== undefined) fail(`#${x.id}`, 'output');
    const node: CompiledNode = {
      index: nodes.length, key: x.key, id: x.id, path: x.path.join('.'), type: x.type as CompiledNode['type'],
      parent, children: [], initial: undefined, entry: [], exit: [], on: new Map(), always: undefined,
      descendantOf: new Uint8Array(0), alwaysChain: [], doneEvent: undefined,
    };
    if (x.order !== node.index) fail(`#${x.id}`, 'a document order the stepper cannot reproduce');
    nodes.push(node);
    byX.set(x, node);
    for (const child of Object.values(x.states)) node.children.push(walk(child as XNode, node));
    return node;
  };
  const root = walk(machine.root, undefined);

  for (const node of nodes) {
    (node as { descendantOf: Uint8Array }).descendantOf = new Uint8Array(nodes.length);
    for (let a = node.parent; a; a = a.parent) node.descendantOf[a.index] = 1;
  }

  const guardOf = (guard: unknown, where: string): CompiledGuard | undefined =>
    guard === undefined ? undefined : compileGuard(machine, guard, where, byX, fail);
  const compileActions = (actions: readonly unknown[], where: string) => actions.map((a) => compileAction(machine, a, where, fail));
  const compileTransition = (t: XTransition, where: string): CompiledTransition => {
    const targets = t.target?.map((x) => byX.get(x) ?? fail(where, 'a target outside the machine'));
    const base = {
      source: byX.get(t.source)!, targets, guard: guardOf(t.guard, where),
      actions: compileActions(t.actions, where), reenter: t.reenter ?? false,
    };
    return withEntrySet(base, root);
  };

  // Initial children first: entry sets of the transitions below read them.
  for (const [x, node] of byX) {
    if (node.type !== 'compound') continue;
    const init = x.initial as XTransition;
    if (init.actions.length > 0) fail(`#${x.id}`, 'actions on an initial transition');
    node.initial = byX.get(init.target![0]!);
  }
  for (const [x, node] of byX) {
    const where = `#${x.id}`;
    node.entry.push(...compileActions(x.entry, `${where} entry`));
    node.exit.push(...compileActions(x.exit, `${where} exit`));
    for (const [eventType, list] of x.transitions as Map<string, XTransition[]>) {
      if (eventType.includes('*')) fail(where, `the wildcard event "${eventType}"`);
      if (eventType === 'xstate.route') fail(where, 'route');
      node.on.set(eventType, list.map((t) => compileTransition(t, `${where} on ${eventType}`)));
    }
    if (x.always) node.always = (x.always as XTransition[]).map((t) => compileTransition(t, `${where} always`));
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
  const config = machine.config as { context?: unknown };
  const createContext = typeof config.context === 'function'
    ? (input: unknown) => Object.assign({}, (config.context as (a: object) => object)({ input, spawn: undefined, self: undefined }))
    : () => config.context ?? {};
  const initialTransition = withEntrySet({ source: root, targets: initialStateNodes(root), guard: undefined, actions: [], reenter: true }, root);
  return { id: machine.id, nodes, root, plans, createContext, delays: machine.implementations.delays, initialTransition };
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
