import { join } from 'node:path';
import { loadScenario } from '../../src/scenario/load.js';
import { MILESTONE_IDS } from '../../machines/milestones.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';

/** One command line of a golden file; `{log}` stands for the log `run --log` wrote. */
export interface GoldenCase {
  readonly args: readonly string[];
  /** A file the command writes (its content is kept beside its output). */
  readonly writes?: string;
}

/** Every scenario, and every fixture that loads: the inputs whose outputs are kept. */
export function goldenInputs(): string[] {
  const fixtures = shippedScenarios('test/fixtures').filter((f) => !f.endsWith('manifest.yaml') && loads(f));
  return [...shippedScenarios('scenarios'), ...fixtures];
}

/** The command lines kept for one input, in the order they run (the log first: later ones read it). */
export function goldenCases(file: string): GoldenCase[] {
  const s = loadScenario(file);
  return [
    { args: ['run', file, '--log', '{log}'], writes: '{log}' },
    { args: ['run', file, '--json'] },
    { args: ['check', file, '--json'] },
    ...MILESTONE_IDS.map((m) => ({ args: ['explain', file, m, '--json'] })),
    // A few seqs across a baseline-sized log (70 events); past a short log's end is an answer too.
    ...[1, 12, 33, 60].map((n) => ({ args: ['state', '{log}', '--at', String(n), '--json'] })),
    { args: ['replay', '{log}', '--json'] },
    { args: ['replay', '{log}', '--verify', '--json'] },
    ...(s.parent ? [{ args: ['diff', s.parent.file, file, '--json'] }] : []),
    { args: ['report', file] },
  ];
}

/** Where an input's golden outputs live. */
export const goldenFile = (input: string): string => join('test/golden', `${input.replace(/\.ya?ml$/, '').replace(/[/\\]/g, '--')}.json.gz`);

function loads(file: string): boolean {
  try {
    loadScenario(file);
    return true;
  } catch {
    return false;
  }
}
