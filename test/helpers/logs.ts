import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate, type RunResult } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE } from './scenario.js';

/** A fresh temp folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'redline-log-'));
}

let baseline: RunResult | undefined;

/** The historical run, simulated once per test file. */
export function baselineRun(): RunResult {
  baseline ??= simulate(loadScenario(BASELINE).inputs);
  return baseline;
}

export { cli } from './cli.js';
