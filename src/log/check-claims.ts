import { INSTANCES } from '../../machines/index.js';
import { decisionAt } from '../engine/decisions.js';
import { modelGraph, type GraphNode, type MachineGraph } from '../engine/graph/index.js';
import type { LogEvent } from '../engine/types.js';
import { didYouMean } from '../scenario/errors.js';
import { modelHash } from './model-hash.js';

/** A claim of a log that cannot be true, at its line. */
export interface Doubt {
  readonly line: number;
  readonly message: string;
}

/** The header's claims a reader checks events against. */
interface Claimed {
  readonly modelHash: string;
  readonly initialStates: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * What a log claims that cannot be true, beyond its syntax (which `parseLog` checks): a date
 * before the event it follows; and, when the header's model hash is this model's (only then are
 * its machines the ones that wrote the log), a decision type no state of the model records, a
 * decision recorded by another machine, actor or state than the one that records it, or a state
 * its machine cannot reach from the state the log last put it in without passing a state that
 * records (milestones out of the order the machine allows, or one skipped). Causes pointing forward are refused by `parseLog` itself.
 */
export function logDoubts(header: Claimed, events: readonly LogEvent[]): Doubt[] {
  const doubts: Doubt[] = [];
  const sameModel = header.modelHash === modelHash();
  const at: Record<string, Record<string, string>> = {};
  const recorded = new Set<string>();
  for (const [id, regions] of Object.entries(header.initialStates)) at[id] = { ...regions };
  events.forEach((e, i) => {
    const line = i + 2;
    const before = events[i - 1];
    if (before && e.date < before.date) {
      doubts.push({ line, message: `event ${e.seq} is dated ${e.date}, before event ${before.seq} (${before.date}); a log's dates never run backwards` });
    }
    if (!sameModel) return;
    const problem = e.kind === 'decision' ? decisionDoubt(e, at, recorded) : choiceDoubt(e, at);
    if (problem) doubts.push({ line, message: `event ${e.seq}: ${problem}` });
  });
  return doubts;
}

function decisionDoubt(e: Extract<LogEvent, { kind: 'decision' }>, at: Record<string, Record<string, string>>, recorded: Set<string>): string | undefined {
  const graph = modelGraph();
  const recorders = graph.recorders.get(e.type);
  if (!recorders) return `"${e.type}" is not an event this model records${didYouMean(e.type, graph.recorders.keys())}`;
  const instance = INSTANCES.find((i) => i.id === e.data.machine);
  if (!instance) return `no machine "${e.data.machine}" in this model`;
  const mine = recorders.filter((r) => r.machine === instance.machine);
  if (mine.length === 0) return `"${e.type}" is recorded by ${recorders.map((r) => r.machine).join(', ')}, not by ${e.data.machine}`;
  const recorder = mine.find((r) => r.node.path === e.data.state);
  if (!recorder) return `"${e.type}" is recorded on entering ${mine.map((r) => `${r.machine} ${r.node.path}`).join(' or ')}, not ${e.data.state}`;
  if (recorder.params.actor && recorder.params.actor !== e.actor) return `"${e.type}" is done by ${recorder.params.actor}, not ${e.actor}`;
  const machine = graph.machines[instance.machine];
  const region = regionOf(machine, e.data.state);
  const regions = (at[e.data.machine] ??= {});
  // The header's starting state is the run's state once it settled, so the first record of a
  // region may be that state's own entry, or a state passed on the way: order is checked from it on.
  const from = recorded.has(`${e.data.machine} ${region}`) ? regions[region] : undefined;
  recorded.add(`${e.data.machine} ${region}`);
  const fromNode = from === undefined ? undefined : machine.byPath.get(from);
  if (fromNode && !reachable(fromNode).has(recorder.node)) {
    return `${e.data.machine} cannot come to ${e.data.state} from ${from}, where the log last put it; the machine allows no such order`;
  }
  regions[region] = e.data.state;
  return undefined;
}

/** A player's choice must be one its machine has in the state the log last put it in. */
function choiceDoubt(e: Extract<LogEvent, { kind: 'input' }>, at: Record<string, Record<string, string>>): string | undefined {
  const c = e.data.choice;
  if (e.type !== 'player.chose') return c ? `"${e.type}" is not a player's choice, yet carries one` : undefined;
  if (!c) return 'a player\'s choice with no "choice" in its data';
  const instance = INSTANCES.find((i) => i.id === c.machine);
  if (!instance) return `no machine "${c.machine}" in this model`;
  const point = decisionAt(instance.machine, c.state);
  if (!point) return `${c.machine} ${c.state} is no decision a player takes`;
  if (point.role !== c.role || e.actor !== c.role) return `${c.state} is decided by ${point.role}, not ${c.role}`;
  const options = point.options.map((o) => o.option);
  if (!options.includes(c.option)) return `"${c.option}" is not an option at ${point.key}; it has ${options.join(', ')}`;
  const now = at[c.machine]?.[regionOf(modelGraph().machines[instance.machine], c.state)];
  if (now !== undefined && now !== c.state) return `${c.machine} is at ${now} here, not at ${c.state} where this choice is taken`;
  return undefined;
}

/** The region of a parallel machine a state lies in ('' for a machine that is not parallel). */
function regionOf(machine: MachineGraph, path: string): string {
  return machine.root.type === 'parallel' ? path.split('.')[0]! : '';
}

const closures = new WeakMap<GraphNode, Set<GraphNode>>();
let recording: Set<GraphNode> | undefined;

/**
 * Every state a machine may enter next after `from` without the log saying so first: through a
 * state's own and its ancestors' transitions, into a target and the states within it, any number
 * of steps, but never through a state whose entry records an event (that would be in the log).
 */
function reachable(from: GraphNode): Set<GraphNode> {
  const known = closures.get(from);
  if (known) return known;
  recording ??= new Set([...modelGraph().recorders.values()].flat().map((r) => r.node));
  const seen = new Set<GraphNode>();
  const queue: GraphNode[] = [from];
  const add = (n: GraphNode) => {
    if (seen.has(n)) return;
    seen.add(n);
    if (!recording!.has(n)) queue.push(n);
  };
  while (queue.length > 0) {
    const n = queue.pop()!;
    for (const child of n.children) add(child);
    for (let up: GraphNode | undefined = n; up; up = up.parent) {
      for (const list of up.on.values()) for (const t of list) for (const target of t.targets ?? []) add(target);
      for (const t of up.always ?? []) for (const target of t.targets ?? []) add(target);
    }
  }
  closures.set(from, seen);
  return seen;
}
