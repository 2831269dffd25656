import { parseArgs } from 'node:util';
import { simulate } from '../engine/index.js';
import { loadScenario } from '../scenario/load.js';
import { UsageError, type CommandIO } from './io.js';
import { runJson, runTable } from './run-report.js';

/** `redline run <scenario> [--json]` */
export function runCommand(args: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('run takes one scenario file, e.g. redline run scenarios/baseline.yaml');
  const scenario = loadScenario(positionals[0]!);
  const run = simulate(scenario.inputs);
  io.out(values.json ? JSON.stringify(runJson(run), null, 2) : runTable(run));
  return 0;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, debug: { type: 'boolean' } } as O, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
