import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
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

/** Runs the CLI in process: exit code, stdout, stderr. */
export function cli(...args: string[]) {
  const io = bufferIO();
  const code = main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
