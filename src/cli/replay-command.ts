import { readLog, verifyLog } from '../log/index.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { REPLAY_OPTIONS } from './options.js';
import { runJson, runTable } from './run-report.js';
import { verifyText } from './verify-report.js';

/** `redline replay <log> [--json] [--verify [--reference]]`: milestones from the log alone, or checked against the model (the engine, or XState itself). */
export async function replayCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, REPLAY_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('replay takes one log file, e.g. redline replay runs/baseline.jsonl');
  if (values.reference && !values.verify) throw new UsageError('--reference goes with --verify: redline replay LOG --verify --reference');
  // --verify reads what it can: the model's own run then says where the log departs from it.
  const log = readLog(positionals[0]!, { lenient: values.lenient === true || values.verify === true });
  for (const warning of log.warnings) io.err(warning);
  if (values.verify) {
    const verification = verifyLog(log, { reference: values.reference === true });
    io.out(values.json ? JSON.stringify(verification, null, 2) : verifyText(log, verification));
    return verification.identical ? 0 : 1;
  }
  io.out(values.json ? JSON.stringify(runJson(log.run), null, 2) : runTable(log.run));
  return 0;
}
