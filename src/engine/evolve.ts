import { MACHINES, MILESTONE_IDS, applyEffects, milestoneOf, type Ledger, type MachineId, type MilestoneId } from '../../machines/index.js';
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
  readonly milestones: Readonly<Record<MilestoneId, MilestoneHit | null>>;
}

export function initialRunState(run: Pick<RunResult, 'initialLedger' | 'initialStates'>): RunState {
  const milestones = {} as Record<MilestoneId, MilestoneHit | null>;
  for (const id of MILESTONE_IDS) milestones[id] = null;
  return { seq: 0, date: null, ledger: run.initialLedger, machines: run.initialStates, milestones };
}

const parallel = (id: MachineId): boolean => MACHINES[id].root.type === 'parallel';

/** One step of the fold. */
export function evolve(state: RunState, event: LogEvent): RunState {
  const ledger = event.kind === 'input' || event.data.effects ? applyEffects(state.ledger, event.data.effects ?? {}) : state.ledger;
  let machines = state.machines;
  let milestones = state.milestones;
  if (event.kind === 'decision' && event.data.state) {
    const { machine, state: path } = event.data;
    machines = { ...machines, [machine]: { ...machines[machine], [regionOf(path, parallel(machine))]: path } };
    const milestone = milestoneOf(event.type);
    if (milestone && !milestones[milestone]) milestones = { ...milestones, [milestone]: { date: event.date, seq: event.seq } };
  }
  return { seq: event.seq, date: event.date, ledger, machines, milestones };
}

/** The state after the first `upTo` events (all of them by default). */
export function foldRun(run: Pick<RunResult, 'initialLedger' | 'initialStates' | 'events'>, upTo = run.events.length): RunState {
  return run.events.slice(0, upTo).reduce(evolve, initialRunState(run));
}

/** Milestone id → date, or null when the run never reached it. */
export function milestoneDates(state: RunState): Record<MilestoneId, string | null> {
  const out = {} as Record<MilestoneId, string | null>;
  for (const id of MILESTONE_IDS) out[id] = state.milestones[id]?.date ?? null;
  return out;
}

/** A short name for the decision machine's current state, e.g. `inEffect · confirmed`. */
export function decisionStateLabel(state: RunState): string {
  return Object.values(state.machines.decision).map((p) => p.split('.').at(-1)).join(' · ');
}

export type { LogEvent };
