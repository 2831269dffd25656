import { MACHINE_IDS, type MachineId } from '../../../machines/index.js';
import { modelGraph, type GraphNode, type RunState } from '../../engine/index.js';
import type { RunIndex } from './run-index.js';

type Node = GraphNode;

/** One state of the decision path, as the path pane shows it. */
export interface PathRow {
  readonly path: string;
  readonly name: string;
  readonly status: 'done' | 'current' | 'ahead';
  readonly date?: string;
  /** A state history may not take (the president defers or refuses): shown only once entered. */
  readonly branch: boolean;
}

const PATH_REGION = 'path';

const leaves = (node: Node): Node[] =>
  node.type === 'atomic' || node.type === 'final' ? [node] : node.children.flatMap(leaves);

let pathLeaves: { readonly leaves: readonly Node[]; readonly branches: ReadonlySet<Node> } | undefined;

/** The decision path's states in order, and those history may not take; read from the model graph on first use. */
function decisionLeaves(): NonNullable<typeof pathLeaves> {
  if (!pathLeaves) {
    const inOrder = leaves(modelGraph().machines.decision.byPath.get(PATH_REGION)!);
    pathLeaves = { leaves: inOrder, branches: loopsBack(inOrder) };
  }
  return pathLeaves;
}

/** The decision path at a point of a run: each state done, current or ahead. */
export function decisionPath(index: RunIndex, state: RunState): PathRow[] {
  const current = state.machines.decision[PATH_REGION];
  const { leaves: PATH_LEAVES, branches: BRANCHES } = decisionLeaves();
  const initial = PATH_LEAVES[0]!.path;
  return PATH_LEAVES.flatMap((node): PathRow[] => {
    const path = node.path;
    const entered = index.firstEntry.get(path);
    const seen = entered !== undefined && entered <= state.seq;
    const status = path === current ? 'current' : seen || (path === initial && current !== initial) ? 'done' : 'ahead';
    const branch = BRANCHES.has(node);
    if (branch && status === 'ahead') return [];
    const date = seen ? index.run.events[entered - 1]!.date : undefined;
    return [{ path, name: node.key, status, branch, ...(date ? { date } : {}) }];
  });
}

/** Each machine but the decision's, with its current state (one per region) and what it means. */
export function actorStates(state: RunState): { id: MachineId; state: string; description: string }[] {
  return MACHINE_IDS.filter((id) => id !== 'decision').map((id) => {
    const byPath = modelGraph().machines[id].byPath;
    const nodes = Object.values(state.machines[id]).map((path) => byPath.get(path)!);
    return { id, state: nodes.map((n) => n.key).join(' · '), description: nodes.map((n) => n.description ?? '').filter(Boolean).join(' ') };
  });
}

/** The decision machine's other regions (publicity), as region → current state. */
export function otherRegions(state: RunState): { region: string; state: string }[] {
  return Object.entries(state.machines.decision)
    .filter(([region]) => region !== PATH_REGION)
    .map(([region, path]) => ({ region, state: path.split('.').at(-1)! }));
}

/** The description of the decision path's current state: who decides, on which channel. */
export function currentPathDescription(state: RunState): string {
  const path = state.machines.decision[PATH_REGION]!;
  return modelGraph().machines.decision.byPath.get(path)!.description ?? '';
}

/**
 * States history may not take: from each, every transition leads back to an
 * earlier state (the president defers or refuses, and Kyiv must ask again).
 */
function loopsBack(leavesInOrder: readonly Node[]): Set<Node> {
  const order = new Map(leavesInOrder.map((n, i) => [n, i]));
  const out = new Set<Node>();
  for (const node of leavesInOrder) {
    if (node.type === 'final') continue;
    const defs = [...[...node.on.values()].flat(), ...(node.always ?? [])];
    const targets = defs.flatMap((d) => d.targets ?? []).map((t) => order.get(leaves(t)[0]!) ?? -1);
    if (targets.length > 0 && targets.every((i) => i < order.get(node)!)) out.add(node);
  }
  return out;
}
