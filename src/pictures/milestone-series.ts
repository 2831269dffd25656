import type { MilestoneId } from '../../machines/index.js';
import { foldRun, milestoneDates, simulate } from '../engine/index.js';
import type { LoadedScenario } from '../scenario/load.js';

/** What a timeline needs of one scenario's run: when each milestone came, and when the inputs did. */
export interface MilestoneSeries {
  readonly scenario: string;
  readonly milestones: Readonly<Record<MilestoneId, string | null>>;
  readonly inputs: readonly { readonly id: string; readonly date: string }[];
}

/**
 * Runs a loaded scenario and keeps its milestone dates and input dates.
 *
 * @example milestoneSeries(loadScenario('scenarios/baseline.yaml')).milestones['in-effect'] // '2024-05-30'
 */
export function milestoneSeries(scenario: LoadedScenario): MilestoneSeries {
  const run = simulate(scenario.inputs);
  return {
    scenario: scenario.id,
    milestones: milestoneDates(foldRun(run)),
    inputs: scenario.inputs.events.map((e) => ({ id: e.id, date: e.date })),
  };
}
