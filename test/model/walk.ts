import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { GUARDS, MACHINES, defaultParams, initialLedger, type Ledger, type MachineId, type ModelEvent, type RecordParams } from '../../machines/index.js';
import { recordStates } from '../../src/engine/records.js';
import { regionOf, regionsOf } from '../../src/engine/state-paths.js';
import { eventsFor, presetOf } from './catalogue.js';

/** What a rule sees when a machine writes a record: the path so far, this step's event, the ledger. */
export interface RuleContext {
  /** Records written so far on the path, and every event received (`TYPE`, `TYPE/scope`, `TYPE/by:actor`). */
  readonly seen: ReadonlySet<string>;
  readonly event: ModelEvent;
  readonly ledger: Ledger;
}

/** When a record may be written: after what (each entry a record or an event's mark; a list is "any of"), and on what condition. */
export interface Rule {
  readonly after?: readonly (string | readonly string[])[];
  readonly when?: (ctx: RuleContext) => boolean;
  /** Facts the record establishes for later rules (a waiver of due diligence, say). */
  readonly marks?: (ctx: RuleContext) => readonly string[];
}

/** Per record a machine writes, its rule. */
export type Rules = Readonly<Record<string, Rule>>;

/** Whether a record may be written in this context. */
export function allows(rule: Rule | undefined, ctx: RuleContext): boolean {
  if (!rule) return false;
  const met = (need: string | readonly string[]) => (typeof need === 'string' ? ctx.seen.has(need) : need.some((n) => ctx.seen.has(n)));
  return (rule.after ?? []).every(met) && (rule.when?.(ctx) ?? true);
}

/** The records and marks some rule waits for: all a search must remember of a path. */
const remembered = (rules: Rules): Set<string> => new Set(Object.values(rules).flatMap((r) => (r.after ?? []).flat()));

export interface Violation {
  readonly record: string;
  readonly event: string;
  readonly seen: readonly string[];
}

type ActionLike = { type: string; params?: unknown };
const params = defaultParams();
const input = () => ({ ledger: initialLedger(params), params });

/** Names under which an event is remembered on a path. */
function marks(e: ModelEvent): string[] {
  const out: string[] = [e.type];
  if ('scope' in e) out.push(`${e.type}/${e.scope}`);
  if ('by' in e) out.push(`${e.type}/by:${e.by}`);
  return out;
}

/** One step's records, checked against the rules; adds records and the event to `seen`. */
function step(actions: readonly ActionLike[], event: ModelEvent, snapshot: AnyMachineSnapshot, seen: Set<string>, rules: Rules,
  onRecord: (state: string) => void, violations: Violation[]): void {
  for (const m of marks(event)) seen.add(m);
  for (const a of actions) {
    if (a.type !== 'record') continue;
    const record = (a.params as RecordParams).event;
    onRecord(recordStates().get(record)!);
    const ctx = { seen, event, ledger: snapshot.context.ledger as Ledger };
    if (!allows(rules[record], ctx)) violations.push({ record, event: event.type, seen: [...seen].sort() });
    for (const m of rules[record]?.marks?.(ctx) ?? []) seen.add(m);
    seen.add(record);
  }
}

/** Replays events through a machine from its start; returns the states entered (from its records) and any rule broken. */
export function replay(machine: AnyStateMachine, events: readonly ModelEvent[], rules: Rules): { entered: string[]; violations: Violation[] } {
  const entered: string[] = [];
  const violations: Violation[] = [];
  const seen = new Set<string>();
  let [snapshot, actions] = initialTransition(machine, input()) as [AnyMachineSnapshot, ActionLike[]];
  step(actions, { type: 'LEDGER_UPDATED', ledger: snapshot.context.ledger }, snapshot, seen, rules, (s) => entered.push(s), violations);
  for (const event of events) {
    [snapshot, actions] = transition(machine, snapshot, event) as [AnyMachineSnapshot, ActionLike[]];
    step(actions, event, snapshot, seen, rules, (s) => entered.push(s), violations);
  }
  return { entered, violations };
}

/** Whether a machine's guards read the ledger: only then do ledgers tell its states apart. */
export const readsLedger = (machine: AnyStateMachine): boolean => Object.keys(machine.implementations.guards).some((g) => g in GUARDS);

const byValue = (s: AnyMachineSnapshot) => JSON.stringify(s.value);
const byValueAndLedger = (s: AnyMachineSnapshot) => `${JSON.stringify(s.value)}|${presetOf(s.context.ledger)}`;

/**
 * The paths xstate/graph finds through a machine: the shortest path to every
 * (state, ledger preset), and every simple path between states by value. Kyiv's
 * two independent regions make tens of thousands of simple paths: shortest only.
 */
export function graphPaths(id: MachineId): { shortest: ModelEvent[][]; simple: ModelEvent[][] } {
  const machine = MACHINES[id] as AnyStateMachine;
  const events = eventsFor(id).filter((e) => readsLedger(machine) || e.type !== 'LEDGER_UPDATED');
  const options = (serializeState: (s: AnyMachineSnapshot) => string) => ({ events, input: input(), serializeState }) as any;
  const steps = (paths: { steps: { event: { type: string } }[] }[]) =>
    paths.map((p) => p.steps.map((s) => s.event as ModelEvent).filter((e) => !e.type.startsWith('xstate.init')));
  return {
    shortest: steps(getShortestPaths(machine, options(byValueAndLedger))),
    simple: id === 'kyiv' ? [] : steps(getSimplePaths(machine, options(byValue))),
  };
}

/**
 * Every (state, ledger preset, what the rules wait for) a machine can reach, by
 * breadth-first search through the pure `transition`; the rules are checked at
 * every record on the way. Exact: the key holds all a rule can read.
 */
export function exhaust(id: MachineId, rules: Rules): { nodes: number; records: Set<string>; steps: Set<string>; violations: Violation[] } {
  // Safe to forget what no rule reads: two paths that agree on the rest meet the same future.
  const machine = MACHINES[id] as AnyStateMachine;
  const events = eventsFor(id).filter((e) => readsLedger(machine) || e.type !== 'LEDGER_UPDATED');
  const violations: Violation[] = [];
  const records = new Set<string>();
  const steps = new Set<string>();
  const parallel = machine.root.type === 'parallel';
  const [first, actions] = initialTransition(machine, input()) as [AnyMachineSnapshot, ActionLike[]];
  const seen0 = new Set<string>();
  step(actions, { type: 'LEDGER_UPDATED', ledger: first.context.ledger }, first, seen0, rules, () => {}, violations);
  const kept = remembered(rules);
  const key = (s: AnyMachineSnapshot, seen: ReadonlySet<string>) => `${byValueAndLedger(s)}|${[...seen].filter((x) => kept.has(x)).sort().join(',')}`;
  const queue = [{ s: first, seen: seen0 as ReadonlySet<string> }];
  const visited = new Set([key(first, seen0)]);
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const event of events) {
      const [next, acts] = transition(machine, node.s, event) as [AnyMachineSnapshot, ActionLike[]];
      const seen = new Set(node.seen);
      step(acts, event, next, seen, rules, () => {}, violations);
      const before = regionsOf(node.s.value, parallel);
      for (const a of acts) {
        if (a.type !== 'record') continue;
        const record = (a.params as RecordParams).event;
        const state = recordStates().get(record)!;
        const region = regionOf(state, parallel);
        records.add(record);
        steps.add(`${before[region]} → ${state}`);
        before[region] = state;
      }
      const k = key(next, seen);
      if (!visited.has(k)) {
        visited.add(k);
        queue.push({ s: next, seen });
      }
    }
  }
  return { nodes: visited.size, records, steps, violations };
}
