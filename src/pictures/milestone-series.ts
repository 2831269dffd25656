import type { MilestoneId } from '../../machines/index.js';
import { foldRun, milestoneDates, type RunResult } from '../engine/index.js';

/** What a timeline needs of one scenario's run: when each milestone came, and when the inputs did. */
export interface MilestoneSeries {
  readonly scenario: string;
  readonly milestones: Readonly<Record<MilestoneId, string | null>>;
  readonly inputs: readonly { readonly id: string; readonly date: string }[];
}

/**
 * A run's milestone dates and input dates; the caller runs the scenario, so a run it already has is not run again.
 *
 * @example milestoneSeries(simulate(loadScenario('scenarios/baseline.yaml').inputs)).milestones['in-effect'] // '2024-05-30'
 */
export function milestoneSeries(run: RunResult): MilestoneSeries {
  return {
    scenario: run.inputs.scenario.id,
    milestones: milestoneDates(foldRun(run)),
    inputs: run.inputs.events.map((e) => ({ id: e.id, date: e.date })),
  };
}
