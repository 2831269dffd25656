import {
  GUARDS, MACHINE_IDS, WAIT, readGuard, isRole,
  type ChoiceParams, type GuardName, type GuardReading, type Ledger, type MachineId, type Params, type Role, type Scope,
} from '../../machines/index.js';
import { modelGraph } from './graph/model-graph.js';
import type { GraphNode, GraphTransition } from './graph/types.js';

/** One move a decision state has: its option, where it leads and the ledger guard the model reads for it. */
export interface DecisionOption {
  readonly option: string;
  /** The state it leads to (dotted path); absent for waiting. */
  readonly target?: string;
  readonly guard?: GuardName;
  /** The guard's test as written in the machine (`kyivEases`, `otherwise`), for a move the ledger table does not name. */
  readonly test: string;
}

/** A state where a role's machine decides on its own: what `play` pauses at for a played role. */
export interface DecisionPoint {
  readonly machine: MachineId;
  readonly role: Role;
  /** The state's dotted path and its key (what `--choose` names). */
  readonly state: string;
  readonly key: string;
  readonly description: string | undefined;
  /** The moves in the order the model weighs them; `wait` last when the state can stay. */
  readonly options: readonly DecisionOption[];
}

const isGuardName = (g: string): g is GuardName => Object.prototype.hasOwnProperty.call(GUARDS, g);

let points: ReadonlyMap<string, DecisionPoint> | undefined;

/** Every decision state of the model, read from the machines' tagged moves (machines/play.ts). */
export function decisionPoints(): ReadonlyMap<string, DecisionPoint> {
  if (points) return points;
  const out = new Map<string, DecisionPoint>();
  for (const machine of MACHINE_IDS) {
    for (const node of modelGraph().machines[machine].nodes) {
      const point = pointOf(machine, node);
      if (point) out.set(`${machine}:${node.path}`, point);
    }
  }
  return (points = out);
}

export const decisionAt = (machine: MachineId, path: string): DecisionPoint | undefined => decisionPoints().get(`${machine}:${path}`);

function choiceOf(t: GraphTransition): ChoiceParams | undefined {
  const g = t.guard;
  if (g?.kind !== 'named' || typeof g.params !== 'object' || g.params === null) return undefined;
  const p = g.params as Partial<ChoiceParams>;
  return typeof p.role === 'string' && isRole(p.role) && typeof p.at === 'string' && typeof p.option === 'string' ? p as ChoiceParams : undefined;
}

function pointOf(machine: MachineId, node: GraphNode): DecisionPoint | undefined {
  const moves = (node.always ?? []).flatMap((t) => {
    const c = choiceOf(t);
    return c ? [{ c, t }] : [];
  });
  if (moves.length === 0) return undefined;
  const role = moves[0]!.c.role;
  for (const { c } of moves) {
    if (c.role !== role || c.at !== node.key) throw new Error(`machine "${machine}", #${node.id}: a move tagged for ${c.role} at "${c.at}"; every move of a state names its own key and one role`);
  }
  const options: DecisionOption[] = moves.map(({ c, t }) => {
    const name = (t.guard as { name: string }).name;
    return { option: c.option, ...(t.targets?.[0] ? { target: t.targets[0].path } : {}), ...(isGuardName(name) ? { guard: name } : {}), test: name };
  });
  // A state with a move for every case (`otherwise`) never waits; the others may.
  if (!options.some((o) => o.test === 'otherwise')) options.push({ option: WAIT, test: WAIT });
  return { machine, role, state: node.path, key: node.key, description: node.description, options };
}

/** What the model would do at a decision now: the first move whose test holds, `wait` when none does. */
export function modelChoice(point: DecisionPoint, ledger: Ledger, params: Params, scope: Scope): string {
  const node = modelGraph().machines[point.machine].byPath.get(point.state)!;
  const context = { ledger, params, scope };
  const event = { type: 'LEDGER_UPDATED', ledger };
  for (const t of node.always ?? []) {
    const c = choiceOf(t);
    const g = t.guard;
    if (!c || g?.kind !== 'named' || g.impl.kind !== 'test') continue;
    if (g.impl.fn({ context, event }, c)) return c.option;
  }
  return WAIT;
}

/** The ledger guards a decision's moves read, as read now. */
export function decisionReadings(point: DecisionPoint, ledger: Ledger, params: Params, scope: Scope): GuardReading[] {
  return point.options.flatMap((o) => (o.guard ? [readGuard(o.guard, ledger, params, scope)] : []));
}

/** The decisions a role takes, by key (`presidentialReview`), in the machines' order. */
export function decisionsOf(role: Role): DecisionPoint[] {
  const byKey = new Map<string, DecisionPoint>();
  for (const p of decisionPoints().values()) if (p.role === role && !byKey.has(p.key)) byKey.set(p.key, p);
  return [...byKey.values()];
}

/** What is wrong with a choice as given (no such decision for the role, no such option there), or undefined. */
export function choiceProblem(c: { readonly role: Role; readonly decision: string; readonly option: string }): string | undefined {
  const mine = decisionsOf(c.role);
  const point = mine.find((p) => p.key === c.decision);
  if (!point) return `${c.role} takes no decision "${c.decision}"; its decisions are ${mine.map((p) => p.key).join(', ')}`;
  const options = point.options.map((o) => o.option);
  return options.includes(c.option) ? undefined : `"${c.option}" is not an option at ${c.decision}; it has ${options.join(', ')}`;
}
