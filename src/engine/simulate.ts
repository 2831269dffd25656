import { MILESTONE_IDS, initialLedger, type Params } from '../../machines/index.js';
import { compiledStepper } from './compiled-stepper.js';
import { prepareInputs, timeline, type Timed } from './input-order.js';
import { referenceStepper } from './reference-stepper.js';
import { schedule, type PlayRun } from './scheduler.js';
import type { Stepper } from './stepper.js';
import type { LogEvent, RunInputs, RunResult } from './types.js';

/**
 * Runs a scenario's inputs through the machines on a simulated calendar and
 * returns the run's event log. Pure: the same inputs give the same log. The engine
 * (the compiled machines) steps them unless another stepper is given.
 *
 * @example
 *   const run = simulate(loadScenario('scenarios/baseline.yaml').inputs);
 *   milestonesOf(run) // { 'formal-request': '2024-05-13', ... }
 */
export function simulate(inputs: RunInputs, stepper: Stepper<any> = compiledStepper, { pause = false }: { pause?: boolean } = {}): RunResult {
  const log: LogEvent[] = [];
  const played: PlayRun | undefined = inputs.play ? { play: inputs.play, pause } : undefined;
  const initialStates = schedule(stepper, inputs.params, timeline(prepareInputs(inputs.events)), log, undefined, played);
  const run = { inputs, initialLedger: initialLedger(inputs.params), initialStates, events: log };
  return played?.outcome ? { ...run, play: played.outcome } : run;
}

/** A played run up to the first decision it has no choice for (`play.paused`), or to its end. */
export const simulateUntilAsked = (inputs: RunInputs): RunResult => simulate(inputs, compiledStepper, { pause: true });

/** The same run stepped by XState's own `transition()`: what `replay --verify --reference` checks a log against. */
export const simulateReference = (inputs: RunInputs): RunResult => simulate(inputs, referenceStepper);

/**
 * The day (days since 1970-01-01) each of the nine milestones was first
 * reached, or -1: what a sweep keeps of a run. Builds no log.
 */
export function milestoneDays(params: Params, inputs: readonly Timed[], out = new Float64Array(MILESTONE_IDS.length)): Float64Array {
  out.fill(-1);
  schedule(compiledStepper, params, inputs, undefined, out);
  return out;
}
