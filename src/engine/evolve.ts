import {
  FURTHER_SCOPES, INSTANCES, MILESTONE_IDS, PRIMARY_SCOPE, applyEffects, isParallel, milestoneOf,
  type InstanceId, type Ledger, type MachineId, type MilestoneId, type Scope,
} from '../../machines/index.js';
import { regionOf } from './state-paths.js';
import type { LogEvent, MachineStates, RunResult } from './types.js';

export interface MilestoneHit {
  readonly date: string;
  readonly seq: number;
}

/** The state of a run after some prefix of its log: a fold, nothing else. */
export interface RunState {
  readonly seq: number;
  readonly date: string | null;
  readonly ledger: Ledger;
  readonly machines: MachineStates;
  /** The nine milestones of the public contract: those of the Kharkiv border request. */
  readonly milestones: Milestones;
  /** The same milestones for each further request (e.g. deep strikes). */
  readonly scopes: Readonly<Partial<Record<Scope, Milestones>>>;
}

export type Milestones = Readonly<Record<MilestoneId, MilestoneHit | null>>;

function noMilestones(): Milestones {
  const out = {} as Record<MilestoneId, MilestoneHit | null>;
  for (const id of MILESTONE_IDS) out[id] = null;
  return out;
}

export function initialRunState(run: Pick<RunResult, 'initialLedger' | 'initialStates'>): RunState {
  const scopes: Partial<Record<Scope, Milestones>> = {};
  for (const s of FURTHER_SCOPES) scopes[s] = noMilestones();
  return { seq: 0, date: null, ledger: run.initialLedger, machines: run.initialStates, milestones: noMilestones(), scopes };
}

const DEFINITION = new Map<InstanceId, MachineId>(INSTANCES.map((i) => [i.id, i.machine]));

/** One step of the fold. */
export function evolve(state: RunState, event: LogEvent): RunState {
  const ledger = event.kind === 'input' || event.data.effects ? applyEffects(state.ledger, event.data.effects ?? {}) : state.ledger;
  let machines = state.machines;
  let { milestones, scopes } = state;
  if (event.kind === 'decision' && event.data.state) {
    const { machine, state: path } = event.data;
    const definition = DEFINITION.get(machine);
    machines = { ...machines, [machine]: { ...machines[machine], [regionOf(path, isParallel(definition ?? 'decision'))]: path } };
    const milestone = definition === 'decision' ? milestoneOf(event.type) : undefined;
    if (milestone) {
      const hit = { date: event.date, seq: event.seq };
      const scope = event.data.scope ?? PRIMARY_SCOPE;
      if (scope === PRIMARY_SCOPE) {
        if (!milestones[milestone]) milestones = { ...milestones, [milestone]: hit };
      } else if (!scopes[scope]?.[milestone]) {
        scopes = { ...scopes, [scope]: { ...(scopes[scope] ?? noMilestones()), [milestone]: hit } };
      }
    }
  }
  return { seq: event.seq, date: event.date, ledger, machines, milestones, scopes };
}

/** The state after the first `upTo` events (all of them by default). */
export function foldRun(run: Pick<RunResult, 'initialLedger' | 'initialStates' | 'events'>, upTo = run.events.length): RunState {
  return run.events.slice(0, upTo).reduce(evolve, initialRunState(run));
}

/** Milestone id → date, or null when the run never reached it. */
export function milestoneDates(state: RunState, scope: Scope = PRIMARY_SCOPE): Record<MilestoneId, string | null> {
  const hits = scope === PRIMARY_SCOPE ? state.milestones : state.scopes[scope];
  const out = {} as Record<MilestoneId, string | null>;
  for (const id of MILESTONE_IDS) out[id] = hits?.[id]?.date ?? null;
  return out;
}

/** A short name for the decision machine's current state, e.g. `inEffect · confirmed`. */
export function decisionStateLabel(state: RunState): string {
  return Object.values(state.machines.decision).map((p) => p.split('.').at(-1)).join(' · ');
}

export type { LogEvent };
