import { and, not, or, stateIn, type AnyStateMachine } from 'xstate';
import type {
  AnyEvent, CompiledAction, CompiledGuard, CompiledMachine, CompiledNode, CompiledTransition, EventPlan, ExprArgs,
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

// The built-in guard combinators are told apart by their `check` function, not by name.
const CHECK = {
  and: (and([]) as unknown as { check: unknown }).check,
  or: (or([]) as unknown as { check: unknown }).check,
  not: (not(() => true) as unknown as { check: unknown }).check,
  stateIn: (stateIn('#x') as unknown as { check: unknown }).check,
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

  const compileGuard = (guard: unknown, where: string): CompiledGuard | undefined =>
    guard === undefined ? undefined : guardOf(machine, guard, where, byX, fail);
  const compileActions = (actions: readonly unknown[], where: string) => actions.map((a) => actionOf(machine, a, where, fail));
  const compileTransition = (t: XTransition, where: string): CompiledTransition => {
    const targets = t.target?.map((x) => byX.get(x) ?? fail(where, 'a target outside the machine'));
    const base = {
      source: byX.get(t.source)!, targets, guard: compileGuard(t.guard, where),
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

function guardOf(
  machine: AnyStateMachine, guard: unknown, where: string, byX: Map<XNode, CompiledNode>, fail: (w: string, what: string) => never,
): CompiledGuard {
  const inline = typeof guard === 'function';
  const name = typeof guard === 'string' ? guard : (guard as { type?: string }).type;
  const resolved = inline ? guard : (machine.implementations.guards as Record<string, unknown>)[name!];
  if (!resolved) return fail(where, `the unimplemented guard "${name}"`);
  if (typeof resolved !== 'function') return guardOf(machine, resolved, where, byX, fail);
  const params = inline || typeof guard === 'string' ? undefined : (guard as { params?: unknown }).params;
  const fn = resolved as ((args: ExprArgs, params: unknown) => boolean) & { check?: unknown; guards?: unknown[]; stateValue?: unknown };
  if (!('check' in fn)) {
    if (typeof params === 'function') {
      return (context, event) => fn({ context, event }, (params as (a: ExprArgs) => unknown)({ context, event }));
    }
    return (context, event) => fn({ context, event }, params);
  }
  const parts = () => (fn.guards ?? []).map((g) => guardOf(machine, g, where, byX, fail));
  if (fn.check === CHECK.and) {
    const gs = parts();
    return (c, e, a) => gs.every((g) => g(c, e, a));
  }
  if (fn.check === CHECK.or) {
    const gs = parts();
    return (c, e, a) => gs.some((g) => g(c, e, a));
  }
  if (fn.check === CHECK.not) {
    const [g] = parts();
    return (c, e, a) => !g!(c, e, a);
  }
  if (fn.check === CHECK.stateIn && typeof fn.stateValue === 'string' && fn.stateValue.startsWith('#')) {
    const target = byX.get(machine.getStateNodeById(fn.stateValue) as XNode) ?? fail(where, `stateIn("${fn.stateValue}")`);
    const i = target.index;
    return (_c, _e, active) => active[i] === 1;
  }
  return fail(where, 'a built-in guard other than and/or/not/stateIn("#id")');
}

function actionOf(machine: AnyStateMachine, action: unknown, where: string, fail: (w: string, what: string) => never): CompiledAction {
  const inline = typeof action === 'function';
  const type = typeof action === 'string' ? action : inline ? undefined : (action as { type: string }).type;
  const resolved = inline ? action : (machine.implementations.actions as Record<string, unknown>)[type!];
  const raw = inline || typeof action === 'string' ? undefined : (action as { params?: unknown }).params;
  const params = { params: raw, dynamicParams: typeof raw === 'function' };
  const builtin = resolved as ({ type?: string; resolve?: unknown } & Record<string, unknown>) | undefined;
  if (!builtin || !('resolve' in builtin)) {
    const name = type ?? ((action as { name?: string }).name || '(anonymous)');
    return { kind: 'custom', type: name, ...params };
  }
  switch (builtin.type) {
    case 'xstate.assign': {
      const assignment = builtin.assignment;
      if (params.dynamicParams) return fail(where, 'an assign with dynamic params');
      if (typeof assignment === 'function') return { kind: 'assign', assign: assignment as (a: ExprArgs, p: unknown) => object, params: raw };
      // A property map: each value a function of the arguments, or a value (as XState's resolveAssign reads it).
      const props = Object.entries(assignment as Record<string, unknown>);
      const assign = (args: ExprArgs, p: unknown) => {
        const partial: Record<string, unknown> = {};
        for (const [key, value] of props) partial[key] = typeof value === 'function' ? value(args, p) : value;
        return partial;
      };
      return { kind: 'assign', assign, params: raw };
    }
    case 'xstate.emit':
      return { kind: 'emit', event: builtin.event };
    case 'xstate.raise':
      return { kind: 'raise', event: builtin.event, id: builtin.id as string | undefined, delay: builtin.delay };
    case 'xstate.cancel':
      return { kind: 'cancel', sendId: builtin.sendId };
    default:
      return fail(where, `the action ${builtin.type}`);
  }
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

type TransitionBase = Omit<CompiledTransition, 'domain' | 'entrySet'>;

function withEntrySet(t: TransitionBase, root: CompiledNode): CompiledTransition {
  const withDomain = { ...t, domain: transitionDomain(t, root) };
  return { ...withDomain, entrySet: t.targets ? entrySetOf([withDomain]) : [] };
}

/** XState's `getTransitionDomain`, without history. */
export function transitionDomain(t: TransitionBase, root: CompiledNode): CompiledNode | undefined {
  const targets = t.targets;
  if (!targets) return undefined;
  if (!t.reenter && targets.every((n) => n === t.source || n.descendantOf[t.source.index] === 1)) return t.source;
  const [head, ...tail] = [...targets, t.source];
  for (let anc = head!.parent; anc; anc = anc.parent) {
    if (tail.every((n) => n.descendantOf[anc.index] === 1)) return anc;
  }
  return t.reenter ? undefined : root;
}

/** XState's `computeEntrySet` (without history, and with no initial actions to run) for the transitions taken together: nodes to enter, in document order. */
export function entrySetOf(transitions: readonly Pick<CompiledTransition, 'source' | 'targets' | 'reenter' | 'domain'>[]): CompiledNode[] {
  const enter = new Set<CompiledNode>();
  const hasDescendantIn = (child: CompiledNode) => {
    for (const s of enter) if (s.descendantOf[child.index] === 1) return true;
    return false;
  };
  const addDescendants = (n: CompiledNode): void => {
    if (n.type === 'compound') {
      const init = n.initial!;
      enter.add(init);
      addDescendants(init);
    } else if (n.type === 'parallel') {
      for (const child of n.children) {
        if (hasDescendantIn(child)) continue;
        enter.add(child);
        addDescendants(child);
      }
    }
  };
  const addAncestors = (ancestors: readonly CompiledNode[], domain: CompiledNode | undefined) => {
    for (const anc of ancestors) {
      if (!domain || anc.descendantOf[domain.index] === 1) enter.add(anc);
      if (anc.type !== 'parallel') continue;
      for (const child of anc.children) {
        if (hasDescendantIn(child)) continue;
        enter.add(child);
        addDescendants(child);
      }
    }
  };
  for (const t of transitions) {
    const domain = t.domain;
    for (const s of t.targets ?? []) {
      if (t.source !== s || t.source !== domain || t.reenter) {
        enter.add(s);
      }
      addDescendants(s);
    }
    for (const s of t.targets ?? []) {
      const ancestors = properAncestors(s, domain);
      if (domain?.type === 'parallel') ancestors.push(domain);
      addAncestors(ancestors, !t.source.parent && t.reenter ? undefined : domain);
    }
  }
  return [...enter].sort((a, b) => a.index - b.index);
}

function properAncestors(n: CompiledNode, to: CompiledNode | undefined): CompiledNode[] {
  const out: CompiledNode[] = [];
  if (n === to) return out;
  for (let m = n.parent; m && m !== to; m = m.parent) out.push(m);
  return out;
}
