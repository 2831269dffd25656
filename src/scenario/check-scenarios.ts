import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../engine/simulate.js';
import { InputError, type Problem } from './errors.js';
import type { RunResult } from '../engine/types.js';
import { evaluateExpectation, type Expectation, type ExpectationResult } from './expectations.js';
import { newLoadCache } from './load-cache.js';
import { loadScenario, type LoadedScenario } from './load.js';

/**
 * Weighs a scenario's share expectations over an ensemble's members, one
 * result each in order; bad input (no ensemble, a stale one) throws InputError.
 */
export type ShareCheck = (scenario: LoadedScenario, shares: readonly Expectation[], run: RunResult) => readonly ExpectationResult[];

export interface ScenarioCheck {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly results: readonly ExpectationResult[];
}

/** Every expectation of every scenario, and the files that could not be checked. */
export interface CheckReport {
  readonly checked: readonly ScenarioCheck[];
  readonly problems: readonly Problem[];
}

/** The scenario files a path stands for: the file itself, or the *.yaml files directly in a folder. */
export function scenarioFiles(path: string): string[] {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return [path]; // the loader says it cannot be read, with the rest of the problems
  }
  return folder ? readdirSync(path).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(path, n)) : [path];
}

/**
 * Loads and runs each scenario and weighs its expectations. A file with bad
 * input is reported in `problems` and the others are still checked.
 */
export function checkScenarios(files: readonly string[], overMembers?: ShareCheck): CheckReport {
  const cache = newLoadCache();
  const checked: ScenarioCheck[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      const s = loadScenario(file, cache);
      const run = simulate(s.inputs);
      const shares = s.expect.filter((x) => x.share);
      const over = shares.length > 0 ? (overMembers ?? noMembers)(s, shares, run) : [];
      checked.push({ file, id: s.id, title: s.title, results: s.expect.map((x) => (x.share ? over[shares.indexOf(x)]! : evaluateExpectation(x, run))) });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      // A parent's problems would repeat once per child; each is reported once.
      for (const p of err.problems) if (!problems.some((q) => sameProblem(p, q))) problems.push(p);
    }
  }
  return { checked, problems };
}

const noMembers: ShareCheck = (s, shares) => {
  throw new InputError(shares.map((x) => ({ file: s.file, ...(x.line ? { line: x.line } : {}), message: 'a share expectation is weighed over an ensemble\'s members, and none is given here' })));
};

const sameProblem = (a: Problem, b: Problem) => a.file === b.file && a.line === b.line && a.col === b.col && a.message === b.message;
