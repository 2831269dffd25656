import { simulate, type RunResult } from '../engine/index.js';
import { loadScenarios } from '../scenario/load.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { DIFF_OPTIONS } from './options.js';
import { diffJson, diffTable } from './diff-report.js';

/** `redline diff <a.yaml> <b.yaml> [--json]` */
export function diffCommand(args: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(args, DIFF_OPTIONS);
  if (positionals.length !== 2) {
    throw new UsageError('diff takes two scenario files, e.g. redline diff scenarios/baseline.yaml scenarios/congress-early.yaml');
  }
  const [a, b] = loadScenarios(positionals).map((s) => simulate(s.inputs)) as [RunResult, RunResult];
  io.out(values.json ? JSON.stringify(diffJson(a, b), null, 2) : diffTable(a, b));
  return 0;
}
