import type { StateValue } from 'xstate';
import { entrySetOf } from './compile-machine.js';
import type {
  AnyEvent, CompiledAction, CompiledMachine, CompiledNode, CompiledTransition, EventPlan, MachineState, StepAction,
} from './compiled-machine.js';

/*
 * XState's macrostep (SCXML's algorithm as xstate 5.33 runs it), over a
 * compiled machine. Every rule here mirrors one in xstate's `macrostep`,
 * `microstep`, `transitionNode`, `selectEventlessTransitions`,
 * `removeConflictingTransitions`, `exitStates` and `enterStates`; the
 * differential tests hold them equal.
 */

const INIT = 'xstate.init';
const NONE: readonly CompiledTransition[] = [];

/**
 * The machine's initial state and the actions of entering it, as `initialTransition()` gives them.
 *
 * @example
 *   const out: StepAction[] = [];
 *   const st = initialState(compileMachine(nscMachine), { ledger, params }, out);
 */
export function initialState(cm: CompiledMachine, input: unknown, out: StepAction[]): MachineState {
  const st: MachineState = {
    active: new Uint8Array(cm.nodes.length), nodes: [cm.root], context: cm.createContext(input), status: 'active', eventless: false,
    deferred: undefined, assigned: 0,
  };
  st.active[cm.root.index] = 1;
  const initEvent = { type: INIT, input } as AnyEvent;
  const internal: AnyEvent[] = [];
  microstep(cm, st, [cm.initialTransition], initEvent, internal, out, true);
  settle(cm, st, initEvent, internal, out);
  return st;
}

/**
 * One event through the machine, as `transition()` takes it: mutates `st` and
 * appends the actions XState would return to `out`.
 */
export function step(
  cm: CompiledMachine, st: MachineState, event: AnyEvent, out: StepAction[],
  /** The machine's plan for this event type when the caller looked it up already (null: none). */
  known?: EventPlan | null,
): void {
  const plan = known === undefined ? cm.plans.get(event.type) : known ?? undefined;
  // Nothing listens and nothing is eventless: XState would return the same snapshot and no actions.
  if (plan === undefined && !st.eventless) return;
  const assigns = plan?.contextOnly;
  // A finished machine reruns its nodes' exit actions on every microstep: only take the short cut when there are none.
  const shortcut = assigns !== undefined && (st.status === 'active' || st.nodes.every((n) => n.exit.length === 0));
  if (shortcut) {
    // Only the context changes: the assigns wait until something reads it (a guard, an action), then run in order.
    (st.deferred ??= []).push(assigns, event);
    if (!st.eventless || st.status === 'done') return;
  }
  const internal: AnyEvent[] = [];
  if (plan !== undefined && !shortcut) {
    const ts = select(st, cm.root, event);
    if (ts) microstep(cm, st, ts, event, internal, out, false);
  }
  settle(cm, st, event, internal, out);
}

/**
 * The machine's context, after any assigns still deferred. Deferring is exact:
 * assigns are pure, run in their order, and nothing else writes the context.
 */
export function contextOf(st: MachineState): any {
  const deferred = st.deferred;
  if (deferred !== undefined && deferred.length > 0) {
    let context = st.context;
    for (let i = 0; i < deferred.length; i += 2) context = applyAssigns(deferred[i] as AssignAction[], context, deferred[i + 1] as AnyEvent);
    st.context = context;
    deferred.length = 0;
  }
  return st.context;
}

type AssignAction = Extract<CompiledAction, { kind: 'assign' }>;

/** XState's assign: a new context with the partial update laid over it. */
function applyAssigns(assigns: readonly AssignAction[], context: any, event: AnyEvent): any {
  for (const a of assigns) context = Object.assign({}, context, a.assign({ context, event }, a.params));
  return context;
}

/** Eventless transitions and raised events until the machine is at rest. */
function settle(cm: CompiledMachine, st: MachineState, event: AnyEvent, internal: AnyEvent[], out: StepAction[]): void {
  let ev = event;
  let eventless = true;
  while (st.status === 'active') {
    let ts: readonly CompiledTransition[] = eventless ? selectEventless(st, ev) : NONE;
    const fromEventless = ts.length > 0;
    if (!fromEventless) {
      if (internal.length === 0) break;
      ev = internal.shift()!;
      ts = (cm.plans.has(ev.type) ? select(st, cm.root, ev) : undefined) ?? NONE;
    }
    const changed = microstep(cm, st, ts, ev, internal, out, false);
    eventless = fromEventless ? changed : true;
  }
}

/** XState's `transitionNode` from the root: the first enabled transition per region, innermost first. */
function select(st: MachineState, root: CompiledNode, ev: AnyEvent): CompiledTransition[] | undefined {
  const found: CompiledTransition[] = [];
  collect(st, root, ev, found);
  return found.length ? found : undefined;
}

function collect(st: MachineState, node: CompiledNode, ev: AnyEvent, found: CompiledTransition[]): void {
  const before = found.length;
  if (node.type === 'compound') visit(st, activeChild(st, node), ev, found);
  else if (node.type === 'parallel') {
    // Regions come in the order of the node list: document order, reversed once the machine is done (XState sorts it so).
    const regions = node.children;
    if (st.status === 'done') for (let i = regions.length - 1; i >= 0; i--) visit(st, regions[i]!, ev, found);
    else for (const region of regions) visit(st, region, ev, found);
  }
  if (found.length === before) {
    const t = next(st, node, ev);
    if (t) found.push(t);
  }
}

function visit(st: MachineState, child: CompiledNode, ev: AnyEvent, found: CompiledTransition[]): void {
  if (child.type === 'atomic' || child.type === 'final') {
    const t = next(st, child, ev);
    if (t) found.push(t);
  } else collect(st, child, ev, found);
}

function activeChild(st: MachineState, node: CompiledNode): CompiledNode {
  for (const c of node.children) if (st.active[c.index] === 1) return c;
  throw new Error(`no active child in ${node.id}`);
}

function next(st: MachineState, node: CompiledNode, ev: AnyEvent): CompiledTransition | undefined {
  const candidates = node.on.get(ev.type);
  if (!candidates) return undefined;
  for (const t of candidates) if (!t.guard || t.guard(contextOf(st), ev, st.active)) return t;
  return undefined;
}

function selectEventless(st: MachineState, ev: AnyEvent): readonly CompiledTransition[] {
  let found: CompiledTransition[] | undefined;
  for (const node of st.nodes) {
    if (node.alwaysChain.length === 0) continue;
    chain: for (const s of node.alwaysChain) {
      for (const t of s.always!) {
        if (!t.guard || t.guard(contextOf(st), ev, st.active)) {
          if (!found) found = [t];
          else if (!found.includes(t)) found.push(t);
          break chain;
        }
      }
    }
  }
  if (!found) return NONE;
  return found.length > 1 ? removeConflicting(st, found) : found;
}

function isDescendant(n: CompiledNode, of: CompiledNode | undefined): boolean {
  return of === undefined || n.descendantOf[of.index] === 1;
}

function exitSet(st: MachineState, transitions: readonly CompiledTransition[]): CompiledNode[] {
  const out: CompiledNode[] = [];
  for (const t of transitions) {
    if (!t.targets?.length) continue;
    const domain = t.domain;
    if (t.reenter && domain === t.source && !out.includes(domain)) out.push(domain);
    for (const n of st.nodes) if (isDescendant(n, domain) && !out.includes(n)) out.push(n);
  }
  return out;
}

function removeConflicting(st: MachineState, enabled: readonly CompiledTransition[]): CompiledTransition[] {
  const kept: CompiledTransition[] = [];
  for (const t1 of enabled) {
    let preempted = false;
    const drop: CompiledTransition[] = [];
    const exit1 = exitSet(st, [t1]);
    for (const t2 of kept) {
      const exit2 = exitSet(st, [t2]);
      if (exit1.some((n) => exit2.includes(n))) {
        if (t1.source.descendantOf[t2.source.index] === 1) drop.push(t2);
        else {
          preempted = true;
          break;
        }
      }
    }
    if (!preempted) {
      for (const t of drop) kept.splice(kept.indexOf(t), 1);
      kept.push(t1);
    }
  }
  return kept;
}

/** One microstep; returns whether the snapshot changed (nodes or context), as XState's identity check does. */
function microstep(
  cm: CompiledMachine, st: MachineState, transitions: readonly CompiledTransition[], ev: AnyEvent,
  internal: AnyEvent[], out: StepAction[], isInitial: boolean,
): boolean {
  if (transitions.length === 0) return false;
  const filtered = transitions.length === 1 ? transitions : removeConflicting(st, transitions);
  const before = st.nodes;
  const assignsBefore = st.assigned;
  let nodes = before;

  if (!isInitial) {
    const exits = exitSet(st, filtered);
    if (exits.length > 0) {
      exits.sort((a, b) => b.index - a.index);
      for (const s of exits) {
        runActions(cm, st, s.exit, ev, internal, out);
        st.active[s.index] = 0;
      }
      nodes = nodes.filter((n) => st.active[n.index] === 1);
    }
  }
  for (const t of filtered) if (t.actions.length) runActions(cm, st, t.actions, ev, internal, out);

  const entrySet = filtered.length === 1 ? filtered[0]!.entrySet : entrySetOf(filtered);
  let completed: CompiledNode[] | undefined;
  for (const s of entrySet) {
    if (st.active[s.index] === 0) {
      if (nodes === before) nodes = nodes.slice();
      st.active[s.index] = 1;
      nodes.push(s);
    }
    if (s.entry.length) runActions(cm, st, s.entry, ev, internal, out);
    if (s.type !== 'final') continue;
    const parent = s.parent;
    let marker = parent?.type === 'parallel' ? parent : parent?.parent;
    if (s.doneEvent) internal.push(s.doneEvent);
    while (marker?.type === 'parallel' && !completed?.includes(marker) && inFinalState(st, marker)) {
      (completed ??= []).push(marker);
      internal.push(doneOf(marker));
      marker = marker.parent;
    }
    if (!marker) st.status = 'done';
  }
  if (st.status === 'done') {
    // XState sorts the final node list in place, so a finished machine lists its nodes innermost-last first.
    nodes = nodes.slice().sort((a, b) => b.index - a.index);
    for (const s of nodes) if (s.exit.length) runActions(cm, st, s.exit, ev, internal, out);
  }
  // XState keeps the old snapshot (and its node order) when the set of nodes is unchanged.
  const same = nodes === before || (nodes.length === before.length && before.every((n) => st.active[n.index] === 1));
  if (!same) {
    st.nodes = nodes;
    st.eventless = nodes.some((n) => n.alwaysChain.length > 0);
  }
  return !same || st.assigned !== assignsBefore;
}

const doneByParallel = new WeakMap<CompiledNode, AnyEvent>();
function doneOf(node: CompiledNode): AnyEvent {
  let e = doneByParallel.get(node);
  if (!e) doneByParallel.set(node, (e = { type: `xstate.done.state.${node.id}`, output: undefined } as AnyEvent));
  return e;
}

function inFinalState(st: MachineState, node: CompiledNode): boolean {
  if (node.type === 'compound') return node.children.some((c) => c.type === 'final' && st.active[c.index] === 1);
  if (node.type === 'parallel') return node.children.every((c) => inFinalState(st, c));
  return node.type === 'final';
}

function runActions(
  cm: CompiledMachine, st: MachineState, actions: readonly CompiledAction[], event: AnyEvent, internal: AnyEvent[], out: StepAction[],
): void {
  for (const a of actions) {
    switch (a.kind) {
      case 'custom':
        out.push({ type: a.type, params: a.dynamicParams ? (a.params as (x: object) => unknown)({ context: contextOf(st), event }) : a.params });
        break;
      case 'assign':
        st.context = applyAssigns([a], contextOf(st), event);
        st.assigned++;
        break;
      case 'emit':
        out.push({ type: 'xstate.emit', params: { event: resolve(a.event, st, event) } });
        break;
      case 'raise': {
        const raised = resolve(a.event, st, event) as AnyEvent;
        const delay = resolve(typeof a.delay === 'string' ? cm.delays[a.delay] : a.delay, st, event);
        if (typeof delay !== 'number') internal.push(raised);
        out.push({ type: 'xstate.raise', params: { event: raised, id: a.id, delay } });
        break;
      }
      case 'cancel':
        out.push({ type: 'xstate.cancel', params: { sendId: resolve(a.sendId, st, event) } });
        break;
    }
  }
}

/** An expression's value: functions get `{ context, event }` as XState passes them. */
function resolve(expr: unknown, st: MachineState, event: AnyEvent): unknown {
  return typeof expr === 'function' ? (expr as (a: object, p: undefined) => unknown)({ context: contextOf(st), event }, undefined) : expr;
}

/** The machine's state value, built as XState builds it from its node order. */
export function stateValueOf(cm: CompiledMachine, st: MachineState): StateValue {
  const children = new Map<CompiledNode, CompiledNode[]>();
  for (const n of st.nodes) {
    if (!children.has(n)) children.set(n, []);
    if (n.parent) {
      if (!children.has(n.parent)) children.set(n.parent, []);
      children.get(n.parent)!.push(n);
    }
  }
  const valueOf = (n: CompiledNode): StateValue => {
    const kids = children.get(n);
    if (!kids) return {};
    if (n.type === 'compound') {
      const k = kids[0];
      if (!k) return {};
      if (k.type === 'atomic' || k.type === 'final') return k.key;
    }
    const out: Record<string, StateValue> = {};
    for (const k of kids) out[k.key] = valueOf(k);
    return out;
  };
  return valueOf(cm.root);
}
