import { debrief, parting } from '../explain/debrief.js';
import { readLog } from '../log/index.js';
import { InputError } from '../scenario/errors.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { DEBRIEF_OPTIONS } from './options.js';
import { debriefJson, debriefText, partingsText } from './debrief-report.js';

/** `redline debrief LOG [LOG...] [--json]`: one played run's debrief, or for several, where each parted and how far. */
export function debriefCommand(args: string[], io: CommandIO): number {
  const { values, positionals } = parseCommandArgs(args, DEBRIEF_OPTIONS);
  if (positionals.length === 0) throw new UsageError('debrief takes one or more logs of played runs, e.g. redline debrief runs/alice.jsonl');
  const logs = positionals.map((f) => readLog(f));
  for (const log of logs) for (const w of log.warnings) io.err(w);
  const unplayed = logs.filter((l) => !l.run.inputs.play);
  if (unplayed.length > 0) {
    throw new InputError(unplayed.map((l) => ({ file: l.file, message: 'no one played in this run; record a played one with redline play SCENARIO --as ROLE --log FILE' })));
  }
  const ds = logs.map((l) => debrief(l.run));
  if (ds.length === 1) {
    io.out(values.json ? JSON.stringify(debriefJson(ds[0]!), null, 2) : debriefText(ds[0]!));
    return 0;
  }
  const ps = ds.map(parting);
  if (values.json) {
    io.out(JSON.stringify({ format: 'redline-debriefs', version: 1, logs: positionals.map((file, i) => ({ file, ...ps[i]!, debrief: ds[i] })) }, null, 2));
  } else {
    io.out([partingsText(positionals, ps), '', ...ds.flatMap((d, i) => [`── ${positionals[i]}`, debriefText(d), ''])].join('\n').trimEnd());
  }
  return 0;
}
