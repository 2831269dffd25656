import { resolveScenario } from '../scenario/load.js';
import { readYamlFile } from '../scenario/yaml-file.js';
import type { SweepJob } from './sweep-job.js';
import { parseUncertainty } from './uncertainty.js';

/** Reads a scenario and its uncertainty block into a sweep job; bad input throws `InputError` with file:line:col. */
export function loadSweepJob(file: string, seed?: number): SweepJob {
  const yaml = readYamlFile(file);
  const scenario = resolveScenario(yaml);
  const uncertainty = parseUncertainty(yaml, scenario.inputs.events);
  return { inputs: scenario.inputs, uncertainty, seed: seed ?? scenario.inputs.seed };
}
