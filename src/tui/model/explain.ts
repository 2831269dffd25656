import { GUARDS, MILESTONES, readGuard, type GuardReading, type GuardSpec, type MilestoneId } from '../../../machines/index.js';
import type { RunState } from '../../engine/index.js';
import { gaugeOfMeasure, type GaugeId } from './gauges.js';
import { nextStep, type Wait } from './next-step.js';
import { movesUpTo, type Move, type RunIndex } from './run-index.js';

/** Why the next milestone has not happened yet, at one point of a run. */
export interface Explanation {
  readonly milestone: MilestoneId;
  readonly label: string;
  /** Each way there, shortest first, with what it still waits on in order. */
  readonly routes: readonly (readonly Wait[])[];
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
  const step = nextStep(state.machines, state.milestones, params);
  if (!step) return undefined;
  const label = MILESTONES.find((m) => m.id === step.milestone)!.label;
  if (!step.guard) return { milestone: step.milestone, label, routes: step.routes };
  const spec: GuardSpec = GUARDS[step.guard.guard];
  const reading = readGuard(step.guard.guard, state.ledger, params);
  const gauge = gaugeOfMeasure(spec.measure);
  const movers = [...movesUpTo(index, gauge, state.seq)].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.seq - b.seq);
  return {
    milestone: step.milestone, label, routes: step.routes,
    guard: {
      spec, reading, threshold: spec.threshold, gauge, movers,
      shortfall: reading.holds ? 0 : Math.abs(reading.margin),
    },
  };
}

/** The threshold a guard needs, with its parameter's name, e.g. `≥ 0.45 (advisorsSupportThreshold)`. */
export function thresholdText(spec: GuardSpec, value: number): string {
  return `${spec.op === '>=' ? '≥' : '<'} ${value.toFixed(2)} (${spec.threshold})`;
}

