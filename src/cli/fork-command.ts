import { basename, extname } from 'node:path';
import { PARAMETER_NAMES, isParameterName } from '../../machines/index.js';
import {
  baseScenario, checkWritable, forkScenario, forkScenarioYaml, planFork, readEventFile, readLog, refuseInputAsOutput, writeFileSafely,
} from '../log/index.js';
import type { Change } from '../scenario/changes.js';
import { didYouMean } from '../scenario/errors.js';
import { parameterValueProblem } from '../scenario/changes.js';
import { forkTable } from './fork-report.js';
import { runJson } from './run-report.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { FORK_OPTIONS } from './options.js';

const USAGE = 'fork <log> --at N (--add event.yaml | --remove <event-id> | --move <event-id>=<date> | --set <param>=<value>)... -o <scenario.yaml> [--force] [--json]';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `redline fork …`: writes a scenario that extends the log's and changes it after event N; prints both runs' milestones. */
export async function forkCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs(args, FORK_OPTIONS);
  if (positionals.length !== 1 || values.at === undefined || values.output === undefined) throw new UsageError(`usage: redline ${USAGE}`);
  const out = values.output;
  const id = basename(out, extname(out));
  if (!ID.test(id)) throw new UsageError(`-o ${out}: the fork's id is taken from the file name, so name it in kebab-case, e.g. my-fork.yaml`);
  const at = Number(values.at);
  if (!/^-?\d+$/.test(values.at) || !Number.isInteger(at)) throw new UsageError(`--at ${values.at}: expected an event number`);
  const adds = tokens.flatMap((t) => (t.kind === 'option' && t.name === 'add' && t.value !== undefined ? [{ file: t.value, what: 'an event file it adds' }] : []));
  refuseInputAsOutput(out, [{ file: positionals[0]!, what: 'the log being forked' }, ...adds]);
  const force = values.force ?? false;
  checkWritable(out, { force, makeFolders: true });

  const changes = tokens.flatMap((t) => (t.kind === 'option' && t.value !== undefined ? toChange(t.name, t.value) : []));
  if (changes.length === 0) throw new UsageError('fork needs at least one change: --add, --remove, --move or --set');
  const log = readLog(positionals[0]!);
  for (const warning of log.warnings) io.err(warning);
  const base = baseScenario(log.run.inputs, out);
  if (base.file) refuseInputAsOutput(out, [{ file: base.file, what: 'the scenario the fork extends' }]);
  const scenario = forkScenario(log, at, changes, id, base.ref);
  const plan = planFork(log, at, changes, { id, title: scenario.title });
  writeFileSafely(out, forkScenarioYaml(scenario, positionals[0]!, at), { force, makeFolders: true });
  for (const warning of base.warnings) io.err(`warning: ${warning}`);
  io.out(values.json
    ? JSON.stringify({ file: out, scenario, recorded: runJson(log.run), fork: runJson(plan.run) }, null, 2)
    : forkTable(out, scenario, log, plan));
  return 0;
}

function toChange(option: string, value: string): Change[] {
  switch (option) {
    case 'add':
      return [{ add: readEventFile(value) }];
    case 'remove':
      return [{ remove: value }];
    case 'move': {
      const [event, to] = splitPair(value, '--move', '<event-id>=<YYYY-MM-DD>');
      return [{ move: event, to }];
    }
    case 'set': {
      const [parameter, raw] = splitPair(value, '--set', '<parameter>=<number>');
      if (!isParameterName(parameter)) {
        throw new UsageError(`--set ${value}: no parameter "${parameter}"${didYouMean(parameter, PARAMETER_NAMES)}; see machines/parameters.ts`);
      }
      const number = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(number)) throw new UsageError(`--set ${value}: "${raw}" is not a number`);
      const problem = parameterValueProblem(parameter, number);
      if (problem) throw new UsageError(`--set ${value}: ${problem}`);
      return [{ set: { parameter, value: number } }];
    }
    default:
      return [];
  }
}

function splitPair(value: string, flag: string, shape: string): [string, string] {
  const i = value.indexOf('=');
  if (i <= 0) throw new UsageError(`${flag} ${value}: expected ${shape}`);
  return [value.slice(0, i), value.slice(i + 1)];
}
