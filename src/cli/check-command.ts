import { checkScenarios, scenarioFiles } from '../scenario/check-scenarios.js';
import { formatProblem } from '../scenario/errors.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { CHECK_OPTIONS } from './options.js';
import { checkExitCode, checkJson, checkText } from './check-report.js';
import { shareCheck } from './check-shares.js';

/** `redline check <file|folder>... [--json] [--ensemble FILE | --single]`: exit 0 when every expectation holds, 1 when one fails, 2 on bad input. */
export async function checkCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, CHECK_OPTIONS);
  if (positionals.length === 0) throw new UsageError('check takes scenario files or folders, e.g. redline check scenarios/');
  const files = positionals.flatMap(scenarioFiles);
  if (files.length === 0) throw new UsageError(`no *.yaml scenario files in ${positionals.join(', ')}`);
  if (values.single && values.ensemble !== undefined) throw new UsageError('--single and --ensemble exclude each other: one run, or the ensemble\'s members');
  const report = checkScenarios(files, shareCheck(values));
  if (values.json) io.out(JSON.stringify(checkJson(report), null, 2));
  else {
    if (report.problems.length > 0) io.err(report.problems.map(formatProblem).join('\n'));
    io.out(checkText(report, io.color));
  }
  return checkExitCode(report);
}
