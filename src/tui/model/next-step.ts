import {
  GUARDS, isParallel, INPUT_TYPE_NAMES, INPUT_TYPES, MILESTONES,
  type GuardName, type InputType, type MachineId, type MilestoneId, type Params,
} from '../../../machines/index.js';
import { DAY_MS } from '../../../machines/record.js';
import { modelGraph, type GraphNode, type GraphTransition, type GuardTree, type MachineGraph, type MachineStates } from '../../engine/index.js';
import { emitters } from '../../explain/machine-nodes.js';

type Node = GraphNode;

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
  for (const { id, node } of recordersOf(milestone.id)) {
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
  const machine = modelGraph().machines[id];
  const region = targets[0] ? regionOf(id, targets[0]) : '';
  const current = states[id]?.[region];
  if (current === undefined) return undefined;
  const path = shortestPath(machine.byPath.get(current)!, new Set(targets));
  if (!path) return undefined;
  const waits: Wait[] = [];
  const next = new Set(seen).add(`${id}:${region}`);
  for (const edge of path) {
    const state = edge.from.path;
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
  isParallel(id) ? node.path.split('.')[0] ?? '' : '';

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
    const add = (kind: Edge['kind'], t: GraphTransition, extra: Partial<Edge>) => {
      const to = t.targets?.[0];
      const guard = guardText(t.guard);
      if (to) out.push({ from: node, to: leaf(to), kind, ...(guard ? { guard } : {}), ...extra });
    };
    for (const t of n.always ?? []) add('always', t, {});
    for (const t of n.after) add('after', t, typeof t.delay === 'string' ? { delay: t.delay } : {});
    for (const [event, ts] of n.on) {
      if (!event.startsWith('xstate.')) for (const t of ts) add('on', t, { event });
    }
  }
  return out;
}

/** A guard by name; `and`, `or` and `not` spelled out (`letterSent and administrationSpeaksInPublic`). */
function guardText(guard: GuardTree | undefined): string | undefined {
  switch (guard?.kind) {
    case 'named': return guard.name;
    case 'not': return `not ${guardText(guard.guard)}`;
    case 'and': case 'or': return guard.guards.map(guardText).join(` ${guard.kind} `);
    default: return undefined;
  }
}

function leaf(node: Node): Node {
  let n = node;
  while (n.type === 'compound' && n.initial) n = n.initial;
  return n;
}

/** The states whose entry records one of a milestone's log events, in the machines' order (each once). */
function recordersOf(milestone: MilestoneId): { id: MachineId; node: Node }[] {
  const events = MILESTONES.find((m) => m.id === milestone)!.events as readonly string[];
  const g = modelGraph();
  const nodes = new Set(events.flatMap((e) => g.recorders.get(e) ?? []).map((r) => r.node));
  return Object.values(g.machines).flatMap((m) => m.nodes.filter((n) => nodes.has(n)).map((node) => ({ id: node.machine as MachineId, node })));
}

function delayDays(machine: MachineGraph, delay: string, params: Params): number {
  const fn = (machine.delays as Record<string, unknown>)[delay];
  return typeof fn === 'function' ? (fn as (a: { context: { params: Params } }) => number)({ context: { params } }) / DAY_MS : NaN;
}

const isLedgerGuard = (name: string): name is GuardName => Object.prototype.hasOwnProperty.call(GUARDS, name);
