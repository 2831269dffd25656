import { newLoadCache, readScenarioYaml } from '../scenario/load-cache.js';
import { loadScenario } from '../scenario/load.js';
import type { SweepJob } from './sweep-job.js';
import { parseUncertainty } from './uncertainty.js';

/**
 * Reads a scenario (its `extends` chain resolved) and its own uncertainty block into a sweep job;
 * bad input throws `InputError` with file:line:col. Uncertainty is not inherited from a parent.
 * The file is parsed once, for both.
 */
export function loadSweepJob(file: string, seed?: number): SweepJob {
  const cache = newLoadCache();
  const scenario = loadScenario(file, cache);
  const uncertainty = parseUncertainty(readScenarioYaml(file, cache), scenario.inputs.events);
  return { inputs: scenario.inputs, uncertainty, seed: seed ?? scenario.inputs.seed };
}
