import { doneEvent } from './compile-machine.js';
import { entrySetOf } from './entry-set.js';
import { applyAssigns, contextOf } from './context.js';
import { exitSet, removeConflicting, selectEventless, selectTransitions } from './select-transitions.js';
import type {
  AnyEvent, CompiledAction, CompiledMachine, CompiledNode, CompiledTransition, EventPlan, MachineState, StepAction,
} from './compiled-machine.js';

/*
 * XState's macrostep (SCXML's algorithm as xstate 5.33 runs it), over a
 * compiled machine. Every rule here and in select-transitions.ts mirrors one
 * in xstate's `macrostep`, `microstep`, `exitStates`, `enterStates`,
 * `transitionNode`, `selectEventlessTransitions` and
 * `removeConflictingTransitions`; the differential tests hold them equal.
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
    const ts = selectTransitions(st, cm.root, event);
    if (ts) microstep(cm, st, ts, event, internal, out, false);
  }
  settle(cm, st, event, internal, out);
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
      ts = (cm.plans.has(ev.type) ? selectTransitions(st, cm.root, ev) : undefined) ?? NONE;
    }
    const changed = microstep(cm, st, ts, ev, internal, out, false);
    eventless = fromEventless ? changed : true;
  }
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
      internal.push(doneEvent(marker.id));
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
