import { simulate } from '../engine/index.js';
import { checkWritable, refuseInputAsOutput, scenarioInputs, writeLog } from '../log/index.js';
import { loadScenario } from '../scenario/load.js';
import { bands, runMembers } from '../sweep/ensemble/answers.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { RUN_OPTIONS } from './options.js';
import { runJson, runTable } from './run-report.js';
import { ensembleFor } from './ensemble-option.js';
import { runEnsembleJson, runEnsembleTable } from './ensemble-report.js';

/** `redline run <scenario> [--json] [--log FILE [--force]] [--ensemble FILE | --single]` */
export async function runCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, RUN_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('run takes one scenario file, e.g. redline run scenarios/baseline.yaml');
  if (values.force && !values.log) throw new UsageError('--force only applies with --log FILE');
  const logOptions = { force: values.force ?? false, makeFolders: true };
  // The scenario itself first: "already exists; pass --force" would be the wrong advice for it.
  if (values.log) refuseInputAsOutput(values.log, [{ file: positionals[0]!, what: 'the scenario being run' }]);
  if (values.log) checkWritable(values.log, logOptions);
  const scenario = loadScenario(positionals[0]!);
  if (values.log) refuseInputAsOutput(values.log, scenarioInputs(scenario, 'the scenario being run'));
  const run = simulate(scenario.inputs);
  const chosen = ensembleFor(values, [scenario]);
  if (values.log) {
    writeLog(values.log, run, logOptions);
    io.err(`log: ${values.log} (header and ${run.events.length} events)`);
  }
  // The one run first, as --single prints it; the ensemble's answer extends it.
  const spread = chosen && bands(runMembers(chosen.members, scenario.inputs));
  if (values.json) io.out(JSON.stringify(chosen ? { ...runJson(run), ensemble: runEnsembleJson(chosen, spread!) } : runJson(run), null, 2));
  else io.out(chosen ? `${runTable(run)}\n\n${runEnsembleTable(chosen, spread!)}` : runTable(run));
  return 0;
}
