import { createTimeline } from '../engine/index.js';
import { parseDay } from '../engine/dates.js';
import { readLog } from '../log/index.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { STATE_OPTIONS } from './options.js';
import { stateJson, stateText } from './state-report.js';

/** `redline state <log> --at N | --on YYYY-MM-DD [--json]`: the full state after an event or at the end of a day. */
export async function stateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, STATE_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('state takes one log file, e.g. redline state runs/baseline.jsonl --at 17');
  if ((values.at === undefined) === (values.on === undefined)) throw new UsageError('state takes either --at <event number> or --on <YYYY-MM-DD>');
  if (values.on !== undefined && parseDay(values.on) === undefined) throw new UsageError(`--on ${values.on}: expected a real day as YYYY-MM-DD`);
  const log = readLog(positionals[0]!, { lenient: values.lenient === true });
  for (const warning of log.warnings) io.err(warning);
  const n = log.run.events.length;
  const at = values.at === undefined ? undefined : /^\d+$/.test(values.at) ? Number(values.at) : NaN;
  if (at !== undefined && !(Number.isInteger(at) && at >= 0 && at <= n)) {
    throw new UsageError(`--at ${values.at}: the log has events 1–${n}; give one of them (or 0 for the starting state)`);
  }
  const timeline = createTimeline(log.run);
  const state = at !== undefined ? timeline.stateAt(at) : timeline.stateOn(values.on!)!;
  const json = stateJson(log.run, state);
  io.out(values.json ? JSON.stringify(json, null, 2) : stateText(json));
  return 0;
}
