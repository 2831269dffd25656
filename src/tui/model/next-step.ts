import type { AnyStateMachine, StateNode } from 'xstate';
import {
  GUARDS, isParallel, INPUT_TYPE_NAMES, INPUT_TYPES, MACHINES, MACHINE_IDS, MILESTONES,
  type GuardName, type InputType, type MachineId, type MilestoneId, type Params,
} from '../../../machines/index.js';
import { DAY_MS } from '../../../machines/record.js';
import type { MachineStates } from '../../engine/index.js';
import { emitters } from '../../explain/machine-nodes.js';

type Node = StateNode<any, any>;

/** One thing a machine waits for before it moves on, read from its definition. */
export type Wait =
  | { readonly kind: 'guard'; readonly machine: MachineId; readonly state: string; readonly guard: GuardName; readonly description?: string }
  | { readonly kind: 'delay'; readonly machine: MachineId; readonly state: string; readonly delay: string; readonly days: number; readonly description?: string }
  | {
      readonly kind: 'event'; readonly machine: MachineId; readonly state: string; readonly event: string;
      /** The input types that deliver the event. */
      readonly inputs: readonly InputType[];
      /** A condition on the event (not on the ledger), by name. */
      readonly when?: string;
      readonly description?: string;
    };

/** What stands between the current state and a milestone. */
export interface NextStep {
  readonly milestone: MilestoneId;
  /** Each way there, shortest first; each lists its waits in the order they must happen. */
  readonly routes: readonly (readonly Wait[])[];
  /** The first guard over the ledger on the shortest way: the one whose threshold the gauges draw. */
  readonly guard?: Extract<Wait, { kind: 'guard' }>;
}

interface Edge {
  readonly from: Node;
  readonly to: Node;
  readonly kind: 'always' | 'after' | 'on';
  readonly guard?: string;
  readonly delay?: string;
  readonly event?: string;
}

/**
 * The next milestone not yet reached, and what it waits on, found by walking
 * the machines' transitions from their current states.
 */
export function nextStep(states: MachineStates, reached: Readonly<Record<MilestoneId, unknown>>, params: Params): NextStep | undefined {
  const milestone = MILESTONES.find((m) => !reached[m.id]);
  if (!milestone) return undefined;
  const routes: Wait[][] = [];
  const seen = new Set<string>();
  for (const { id, node } of RECORDERS.get(milestone.id)!) {
    const route = waitsToward(id, [node], states, params, new Set());
    const key = JSON.stringify(route);
    if (route && !seen.has(key)) {
      seen.add(key);
      routes.push(route);
    }
  }
  routes.sort((a, b) => a.length - b.length);
  const guard = routes[0]?.find((w): w is Extract<Wait, { kind: 'guard' }> => w.kind === 'guard');
  return { milestone: milestone.id, routes, ...(guard ? { guard } : {}) };
}

/** A machine's region is followed once per walk, so emitters that answer each other cannot loop. */
function waitsToward(id: MachineId, targets: readonly Node[], states: MachineStates, params: Params, seen: ReadonlySet<string>): Wait[] | undefined {
  const machine = MACHINES[id] as AnyStateMachine;
  const region = targets[0] ? regionOf(id, targets[0]) : '';
  const current = states[id]?.[region];
  if (current === undefined) return undefined;
  const path = shortestPath(machine.getStateNodeById(`${machine.id}.${current}`), new Set(targets));
  if (!path) return undefined;
  const waits: Wait[] = [];
  const next = new Set(seen).add(`${id}:${region}`);
  for (const edge of path) {
    const state = edge.from.path.join('.');
    const description = edge.from.description;
    const base = { machine: id, state, ...(description ? { description } : {}) };
    if (edge.kind === 'after' && edge.delay) {
      waits.push({ ...base, kind: 'delay', delay: edge.delay, days: delayDays(machine, edge.delay, params) });
    } else if (edge.kind === 'on' && edge.event) {
      const upstream = emitters(edge.event).filter((e) => !next.has(`${e.machine}:${regionOf(e.machine, e.node)}`));
      const before = upstream.length ? waitsToward(upstream[0]!.machine, upstream.filter((u) => u.machine === upstream[0]!.machine).map((u) => u.node), states, params, next) : undefined;
      if (before) waits.push(...before);
      else {
        const inputs = INPUT_TYPE_NAMES.filter((t) => INPUT_TYPES[t].event === edge.event);
        waits.push({ ...base, kind: 'event', event: edge.event, inputs, ...(edge.guard ? { when: edge.guard } : {}) });
      }
      if (edge.guard && isLedgerGuard(edge.guard)) waits.push({ ...base, kind: 'guard', guard: edge.guard });
    } else if (edge.guard && isLedgerGuard(edge.guard)) {
      waits.push({ ...base, kind: 'guard', guard: edge.guard });
    }
  }
  return waits;
}

const regionOf = (id: MachineId, node: Node): string =>
  isParallel(id) ? node.path[0] ?? '' : '';

function shortestPath(start: Node, targets: ReadonlySet<Node>): Edge[] | undefined {
  const queue: { node: Node; path: Edge[] }[] = [{ node: start, path: [] }];
  const visited = new Set<Node>([start]);
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (targets.has(item.node)) return item.path;
    for (const edge of edgesOf(item.node)) {
      if (visited.has(edge.to)) continue;
      visited.add(edge.to);
      queue.push({ node: edge.to, path: [...item.path, edge] });
    }
  }
  return undefined;
}

/** The transitions out of a state, its own and its ancestors', each to the leaf it lands in. */
function edgesOf(node: Node): Edge[] {
  const out: Edge[] = [];
  for (let n: Node | undefined = node; n; n = n.parent) {
    const add = (kind: Edge['kind'], t: { target?: readonly Node[] | undefined; guard?: unknown }, extra: Partial<Edge>) => {
      const to = t.target?.[0];
      const guard = guardText(t.guard);
      if (to) out.push({ from: node, to: leaf(to), kind, ...(guard ? { guard } : {}), ...extra });
    };
    for (const t of n.always ?? []) add('always', t, {});
    for (const t of n.after) add('after', t, typeof t.delay === 'string' ? { delay: t.delay } : {});
    for (const [event, ts] of Object.entries(n.on)) {
      if (!event.startsWith('xstate.')) for (const t of ts ?? []) add('on', t, { event });
    }
  }
  return out;
}

/** A guard by name; `and`, `or` and `not` spelled out (`letterSent and administrationSpeaksInPublic`). */
function guardText(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  const g = guard as { guards?: unknown[]; check?: { name?: string }; type?: string } | undefined;
  if (typeof guard === 'function' && Array.isArray(g?.guards)) {
    const parts = g.guards.map(guardText);
    if (g.check?.name === 'checkNot') return `not ${parts[0]}`;
    return parts.join(g.check?.name === 'checkOr' ? ' or ' : ' and ');
  }
  return typeof g?.type === 'string' ? g.type : undefined;
}

function leaf(node: Node): Node {
  let n = node;
  while (n.type === 'compound' && n.initial?.target[0]) n = n.initial.target[0];
  return n;
}

/** Every state of every machine, walked once: the machines do not change while the TUI runs. */
const NODES: readonly { readonly id: MachineId; readonly node: Node }[] = MACHINE_IDS.flatMap((id) => {
  const out: { id: MachineId; node: Node }[] = [];
  const walk = (node: Node) => {
    out.push({ id, node });
    for (const child of Object.values(node.states)) walk(child);
  };
  walk((MACHINES[id] as AnyStateMachine).root);
  return out;
});

type ActionLike = { type?: string; params?: { event?: string }; event?: { type?: string } | ((args: unknown) => { type?: string }) };
const entries = (node: Node) => node.entry as ActionLike[];

/** Per milestone, the states whose entry records one of its log events. */
const RECORDERS = new Map(MILESTONES.map((m) => [m.id, NODES.filter(({ node }) =>
  entries(node).some((a) => a.type === 'record' && (m.events as readonly string[]).includes(a.params?.event ?? '')))]));

function delayDays(machine: AnyStateMachine, delay: string, params: Params): number {
  const fn = (machine.implementations.delays as Record<string, unknown>)[delay];
  return typeof fn === 'function' ? (fn as (a: { context: { params: Params } }) => number)({ context: { params } }) / DAY_MS : NaN;
}

const isLedgerGuard = (name: string): name is GuardName => Object.prototype.hasOwnProperty.call(GUARDS, name);
