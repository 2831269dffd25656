import { simulate, type RunResult } from '../engine/index.js';
import { loadScenarios } from '../scenario/load.js';
import { pairedShifts, runMembers } from '../sweep/ensemble/answers.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { DIFF_OPTIONS } from './options.js';
import { diffJson, diffTable } from './diff-report.js';
import { ensembleFor } from './ensemble-option.js';
import { diffEnsembleJson, diffEnsembleTable } from './ensemble-report.js';

/** `redline diff <a.yaml> <b.yaml> [--json] [--ensemble FILE | --single]` */
export async function diffCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, DIFF_OPTIONS);
  if (positionals.length !== 2) {
    throw new UsageError('diff takes two scenario files, e.g. redline diff scenarios/baseline.yaml scenarios/congress-early.yaml');
  }
  const scenarios = loadScenarios(positionals);
  const [a, b] = scenarios.map((s) => simulate(s.inputs)) as [RunResult, RunResult];
  const chosen = ensembleFor(values, scenarios);
  // Paired: every member runs both, so a shift is the what-if's alone, not the draw's.
  const shifts = chosen && pairedShifts(runMembers(chosen.members, a.inputs), runMembers(chosen.members, b.inputs));
  if (values.json) io.out(JSON.stringify(chosen ? { ...diffJson(a, b), ensemble: diffEnsembleJson(chosen, shifts!) } : diffJson(a, b), null, 2));
  else io.out(chosen ? `${diffTable(a, b)}\n\n${diffEnsembleTable(chosen, shifts!, [a.inputs.scenario.id, b.inputs.scenario.id])}` : diffTable(a, b));
  return 0;
}
