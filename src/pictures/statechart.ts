import type { MachineId } from '../../machines/index.js';
import { modelGraph, type GraphNode, type MachineGraph } from '../engine/index.js';
import { guardLabel } from './guard-label.js';

export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** One state of a machine, as drawn: its XState id (`decision.path.approved`), key and children. */
export interface ChartState {
  readonly id: string;
  readonly key: string;
  readonly kind: StateKind;
  readonly description?: string;
  /** Id of the child entered first (compound states only). */
  readonly initial?: string;
  readonly children: readonly ChartState[];
}

export type Trigger =
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'after'; readonly delay: string }
  | { readonly kind: 'always' };

/** One transition; `target` is null for one that only runs actions and leaves the state as it is. */
export interface ChartTransition {
  readonly source: string;
  readonly target: string | null;
  readonly trigger: Trigger;
  readonly guard?: string;
  /** No guard of its own, but tried after a guarded one on the same trigger: the `else` branch. */
  readonly otherwise?: boolean;
  readonly actions: readonly string[];
}

export interface Statechart {
  readonly machine: string;
  readonly root: ChartState;
  readonly transitions: readonly ChartTransition[];
  /** Every state by id, the root included. */
  readonly states: ReadonlyMap<string, ChartState>;
  /** The parent of every state but the root, by id. */
  readonly parents: ReadonlyMap<string, ChartState>;
}

/**
 * The shape of a machine, read from the model graph: states, nesting, initial
 * and final states, and every transition with its event, delay or
 * eventlessness and its guard's name. Diagrams are drawn from this alone.
 *
 * @example statechartOf('press').root.children.map((s) => s.key) // ['watching', 'published']
 */
export function statechartOf(of: MachineId | MachineGraph): Statechart {
  const machine = typeof of === 'string' ? modelGraph().machines[of] : of;
  const transitions: ChartTransition[] = [];
  const states = new Map<string, ChartState>();
  const parents = new Map<string, ChartState>();
  const walk = (node: GraphNode): ChartState => {
    transitions.push(...transitionsOf(node));
    const children = node.children.map(walk);
    const initial = node.type === 'compound' ? node.initial?.id : undefined;
    const state: ChartState = {
      id: node.id,
      key: node.key,
      kind: node.type,
      ...(node.description ? { description: node.description } : {}),
      ...(initial ? { initial } : {}),
      children,
    };
    states.set(state.id, state);
    for (const child of children) parents.set(child.id, state);
    return state;
  };
  const root = walk(machine.root);
  return { machine: machine.id, root, transitions, states, parents };
}

function transitionsOf(node: GraphNode): ChartTransition[] {
  const after = node.after;
  const afterEvents = new Set(after.map((t) => t.eventType));
  const on = [...node.on]
    .filter(([event]) => !afterEvents.has(event))
    .flatMap(([event, defs]) => defs.map((d) => [d, { kind: 'event', event }] as const));
  const timed = after.map((d) => [d, { kind: 'after', delay: delayName(d.delay) }] as const);
  const eventless = (node.always ?? []).map((d) => [d, { kind: 'always' }] as const);
  const guardedSoFar = new Set<string | undefined>();
  return [...on, ...timed, ...eventless].flatMap(([d, trigger]) => {
    const guard = guardLabel(d.guard);
    const otherwise = !guard && guardedSoFar.has(d.eventType);
    if (guard) guardedSoFar.add(d.eventType);
    const actions = d.actions.map((a) => a.label);
    const base = { source: node.id, trigger: trigger as Trigger, ...(guard ? { guard } : {}), ...(otherwise ? { otherwise } : {}), actions };
    const targets = d.targets?.length ? d.targets.map((t) => t.id) : [null];
    return targets.map((target) => ({ ...base, target }));
  });
}

function delayName(delay: unknown): string {
  return typeof delay === 'number' ? `${delay} ms` : String(delay);
}
