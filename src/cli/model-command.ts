import { existsSync } from 'node:fs';
import { loadScenario } from '../scenario/load.js';
import { UsageError, type CommandIO } from './io.js';
import { modelInventory, modelText } from './model-report.js';
import { MODEL_OPTIONS } from './options.js';
import { parseCommandArgs } from './parse-command-args.js';

/** The record the inventory counts against when no scenario is named. */
export const DEFAULT_SCENARIO = 'scenarios/baseline.yaml';

/** `redline model [<scenario.yaml>] [--json]` */
export function modelCommand(args: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(args, MODEL_OPTIONS);
  if (positionals.length > 1) throw new UsageError('model takes at most one scenario file, e.g. redline model scenarios/baseline.yaml');
  const file = positionals[0] ?? DEFAULT_SCENARIO;
  if (positionals.length === 0 && !existsSync(file)) {
    throw new UsageError(`model counts the overrides of a scenario, by default ${DEFAULT_SCENARIO}, which is not here; name one, e.g. redline model path/to/baseline.yaml`);
  }
  const inventory = modelInventory(loadScenario(file).inputs);
  io.out(values.json ? JSON.stringify(inventory, null, 2) : modelText(inventory));
  return 0;
}
