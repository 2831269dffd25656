import { GUARDS, MILESTONES, readGuard, type GuardReading, type GuardSpec, type MilestoneId } from '../../../machines/index.js';
import { formatDay, parseDay, type RunState } from '../../engine/index.js';
import { gaugeOfMeasure, type GaugeId } from './gauges.js';
import { nextStep, type Wait } from './next-step.js';
import { movesUpTo, type Move, type RunIndex } from './run-index.js';

/** Why the next milestone has not happened yet, at one point of a run. */
export interface Explanation {
  readonly milestone: MilestoneId;
  readonly label: string;
  /** Each way there, shortest first, with what it still waits on in order; a delay with the day it runs out. */
  readonly routes: readonly (readonly (Wait & { readonly due?: string | null })[])[];
  /** The first guard over the ledger on the way, read now. */
  readonly guard?: {
    readonly spec: GuardSpec;
    readonly reading: GuardReading;
    readonly threshold: string;
    /** How much the measure still lacks; 0 when the guard already holds. */
    readonly shortfall: number;
    readonly gauge: GaugeId;
    /** The events that moved that measure so far, largest first. */
    readonly movers: readonly Move[];
  };
}

/** Explains the next milestone not reached at `state`; `undefined` once all are reached. */
export function explainNext(index: RunIndex, state: RunState): Explanation | undefined {
  const params = index.run.inputs.params;
  const step = nextStep(state.machines, state.milestones, params, state.ledger);
  if (!step) return undefined;
  const label = MILESTONES.find((m) => m.id === step.milestone)!.label;
  const routes = step.routes.map((r) => r.map((w) => (w.kind === 'delay' ? { ...w, due: dueDate(index, state.seq, w) } : w)));
  if (!step.guard) return { milestone: step.milestone, label, routes };
  const spec: GuardSpec = GUARDS[step.guard.guard];
  const reading = readGuard(step.guard.guard, state.ledger, params);
  const gauge = gaugeOfMeasure(spec.measure);
  const movers = [...movesUpTo(index, gauge, state.seq)].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.seq - b.seq);
  return {
    milestone: step.milestone, label, routes,
    guard: {
      spec, reading, threshold: spec.threshold, gauge, movers,
      shortfall: reading.holds ? 0 : Math.abs(reading.margin),
    },
  };
}

/** The day a delay runs out: the day its machine entered the waiting state, plus the delay. */
function dueDate(index: RunIndex, seq: number, wait: Extract<Wait, { kind: 'delay' }>): string | null {
  for (let i = seq - 1; i >= 0; i--) {
    const e = index.run.events[i]!;
    if (e.kind === 'decision' && e.data.machine === wait.machine && e.data.state === wait.state) {
      return formatDay((parseDay(e.date) ?? 0) + wait.days);
    }
  }
  return null;
}
