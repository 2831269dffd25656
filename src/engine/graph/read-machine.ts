import type { AnyStateMachine } from 'xstate';
import { readAction } from './read-action.js';
import { readGuardTree } from './read-guard.js';
import type { GraphAction, GraphNode, GraphTransition, MachineGraph } from './types.js';

/** A machine uses an XState feature the engine cannot run; the message names the machine, the state and the feature. */
export class UnsupportedFeatureError extends Error {
  constructor(readonly machine: string, readonly where: string, readonly what: string) {
    super(`machine "${machine}", ${where}: ${what} is not supported by the engine`);
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
  readonly delay?: string | number;
};
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads a machine definition once into the model graph's plain data: the only place
 * XState's state nodes are walked. Throws `UnsupportedFeatureError` for anything the
 * engine cannot run exactly (a history state, invoke, a wildcard event, another built-in action).
 *
 * @example
 *   readMachine(MACHINES.press).nodes.map((n) => n.path) // ['', 'watching', 'published']
 */
export function readMachine(machine: AnyStateMachine): MachineGraph {
  const nodes: Mutable<GraphNode>[] = [];
  const byX = new Map<XNode, Mutable<GraphNode>>();
  const byId = new Map<string, GraphNode>();
  const fail = (where: string, what: string): never => {
    throw new UnsupportedFeatureError(machine.id, where, what);
  };
  const impl = machine.implementations;

  const walk = (x: XNode, parent: GraphNode | undefined): GraphNode => {
    if (x.type === 'history') fail(`#${x.id}`, 'a history state');
    if (x.invoke.length > 0) fail(`#${x.id}`, 'invoke');
    if (x.output !== undefined) fail(`#${x.id}`, 'output');
    const node: Mutable<GraphNode> = {
      machine: machine.id, index: nodes.length, key: x.key, id: x.id, path: x.path.join('.'), type: x.type as GraphNode['type'],
      description: x.description, parent, children: [], initial: undefined, entry: [], exit: [], on: new Map(), after: [], always: undefined,
    };
    if (x.order !== node.index) fail(`#${x.id}`, 'a document order the engine cannot reproduce');
    nodes.push(node);
    byX.set(x, node);
    byId.set(x.id, node);
    node.children = Object.values(x.states).map((child) => walk(child as XNode, node));
    return node;
  };
  const root = walk(machine.root, undefined);

  const actionsOf = (actions: readonly unknown[], where: string): GraphAction[] =>
    actions.map((a) => readAction(impl.actions as Record<string, unknown>, a, where, fail));
  const read = new Map<XTransition, GraphTransition>();
  const transition = (t: XTransition, where: string): GraphTransition => {
    let out = read.get(t);
    if (!out) {
      const guard = t.guard === undefined ? undefined
        : readGuardTree(t.guard, impl.guards as Record<string, unknown>, (id) => byId.get(id), where, fail);
      read.set(t, (out = {
        source: byX.get(t.source)!, eventType: t.eventType, targets: t.target?.map((x) => byX.get(x) ?? fail(where, 'a target outside the machine')),
        guard, actions: actionsOf(t.actions, where), reenter: t.reenter ?? false, ...(t.delay !== undefined ? { delay: t.delay } : {}),
      }));
    }
    return out;
  };

  for (const [x, node] of byX) {
    if (node.type !== 'compound') continue;
    const init = x.initial as XTransition;
    if (init.actions.length > 0) fail(`#${x.id}`, 'actions on an initial transition');
    node.initial = byX.get(init.target![0]!);
  }
  for (const [x, node] of byX) {
    const where = `#${x.id}`;
    node.entry = actionsOf(x.entry, `${where} entry`);
    node.exit = actionsOf(x.exit, `${where} exit`);
    const on = new Map<string, GraphTransition[]>();
    for (const [eventType, list] of x.transitions as Map<string, XTransition[]>) {
      if (eventType.includes('*')) fail(where, `the wildcard event "${eventType}"`);
      if (eventType === 'xstate.route') fail(where, 'route');
      on.set(eventType, list.map((t) => transition(t, `${where} on ${eventType}`)));
    }
    node.on = on;
    node.after = (x.after as XTransition[]).map((t) => transition(t, `${where} on ${t.eventType}`));
    if (x.always) node.always = (x.always as XTransition[]).map((t) => transition(t, `${where} always`));
  }

  const config = machine.config as { context?: unknown };
  const createContext = typeof config.context === 'function'
    ? (input: unknown) => Object.assign({}, (config.context as (a: object) => object)({ input, spawn: undefined, self: undefined }))
    : () => config.context ?? {};
  return { id: machine.id, nodes, root, byPath: new Map(nodes.map((n) => [n.path, n])), createContext, delays: impl.delays };
}
