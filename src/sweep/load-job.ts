import { loadScenario } from '../scenario/load.js';
import { readYamlFile } from '../scenario/yaml-file.js';
import type { SweepJob } from './sweep-job.js';
import { parseUncertainty } from './uncertainty.js';

/**
 * Reads a scenario (its `extends` chain resolved) and its own uncertainty block into a sweep job;
 * bad input throws `InputError` with file:line:col. Uncertainty is not inherited from a parent.
 */
export function loadSweepJob(file: string, seed?: number): SweepJob {
  const scenario = loadScenario(file);
  const uncertainty = parseUncertainty(readYamlFile(file), scenario.inputs.events);
  return { inputs: scenario.inputs, uncertainty, seed: seed ?? scenario.inputs.seed };
}
