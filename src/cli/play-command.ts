import { createInterface } from 'node:readline';
import { WAIT, type Role } from '../../machines/index.js';
import { ChoiceError, simulate, simulateUntilAsked, type Ask, type PlayerChoice, type RunInputs, type RunResult } from '../engine/index.js';
import { askOptions, askText } from '../explain/play-ask.js';
import { debrief } from '../explain/debrief.js';
import { checkWritable, refuseInputAsOutput, scenarioInputs, writeLog } from '../log/index.js';
import { loadScenario } from '../scenario/load.js';
import { InputError } from '../scenario/errors.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { PLAY_OPTIONS } from './options.js';
import { parseChooseOption, parseRoles, readChoicesFile } from './play-choices.js';
import { debriefJson, debriefText } from './debrief-report.js';

/** Reads one answer a prompt asks for; undefined at the end of the input. */
export type Answers = () => Promise<string | undefined>;

interface AnswerSource {
  readonly next: Answers;
  close(): void;
}

/**
 * `redline play <scenario> --as ROLE[,ROLE] [--choose D=O,...] [--choices FILE] [--prompt] [--teacher] [--log FILE] [--json]`:
 * the scenario with the roles' decisions taken by the player, then the debrief.
 */
export async function playCommand(args: string[], io: CommandIO, answers?: Answers): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, PLAY_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('play takes one scenario file, e.g. redline play scenarios/baseline.yaml --as president');
  if (!values.as) throw new UsageError('play needs --as ROLE[,ROLE]: the roles you take (president, nsc, kyiv)');
  if (values.force && !values.log) throw new UsageError('--force only applies with --log FILE');
  const roles = parseRoles(values.as);
  const given = [
    ...(values.choices ? readChoicesFile(values.choices, roles) : []),
    ...(values.choose ?? []).flatMap((c) => parseChooseOption(c, roles)),
  ];
  const prompting = values.prompt === true || (answers === undefined && given.length === 0 && !values.json && process.stdin.isTTY === true);
  if (prompting && values.json) throw new UsageError('--prompt asks on the terminal; --json is for a game given by --choose or --choices');
  const logOptions = { force: values.force ?? false, makeFolders: true };
  if (values.log) refuseInputAsOutput(values.log, [{ file: positionals[0]!, what: 'the scenario being played' }]);
  if (values.log) checkWritable(values.log, logOptions);
  const scenario = loadScenario(positionals[0]!);
  if (values.log) refuseInputAsOutput(values.log, scenarioInputs(scenario, 'the scenario being played'));

  const inputs = (choices: readonly PlayerChoice[]): RunInputs => ({ ...scenario.inputs, play: { roles, choices } });
  let run: RunResult;
  const source: AnswerSource | undefined = prompting ? (answers ? { next: answers, close: () => {} } : stdinAnswers()) : undefined;
  try {
    run = source ? await promptGame(inputs, given, roles, io, source.next, values.teacher === true) : simulate(inputs(given));
  } catch (err) {
    if (err instanceof ChoiceError) throw new InputError([{ file: values.choices ?? '--choose', message: err.message }]);
    throw err;
  } finally {
    source?.close();
  }
  for (const c of run.play?.unused ?? []) io.err(`note: ${c.decision}=${c.option} (${c.role}) was never asked: the run did not come to that decision again`);
  if (values.log) {
    writeLog(values.log, run, logOptions);
    io.err(`log: ${values.log} (header and ${run.events.length} events)`);
  }
  const d = debrief(run);
  io.out(values.json ? JSON.stringify(debriefJson(d), null, 2) : debriefText(d));
  return 0;
}

/**
 * The game at a terminal: run until a played decision has no choice, ask, add the answer, run
 * again from the start (a run is pure and quick, so the history before the ask is the same).
 */
async function promptGame(
  inputs: (c: readonly PlayerChoice[]) => RunInputs, given: readonly PlayerChoice[], roles: readonly Role[],
  io: CommandIO, answers: Answers, teacher: boolean,
): Promise<RunResult> {
  const choices = [...given];
  for (;;) {
    const run = simulateUntilAsked(inputs(choices));
    const ask = run.play?.paused;
    if (!ask) return run;
    io.out(`\n${askText(ask, { teacher })}`);
    const pick = await askFor(ask, io, answers);
    if (pick === undefined) {
      io.out('(end of input: the model takes the rest)');
      return simulate(inputs(choices));
    }
    if (teacher) io.out(`the model would ${ask.model}`);
    choices.push({ role: ask.role, decision: ask.decision, option: pick.option, ...(pick.reason ? { reason: pick.reason } : {}) });
    if (roles.length > 1) io.out(`(${ask.role} chose ${pick.option})`);
  }
}

/** One answer: an option by name or number, an optional `: reason`; empty takes the model's choice. */
async function askFor(ask: Ask, io: CommandIO, answers: Answers): Promise<{ option: string; reason?: string } | undefined> {
  const options = askOptions(ask).map((o) => o.option);
  for (;;) {
    io.out(`${ask.role}, your choice (name or number, then ": reason" if you like; empty for the model's${ask.model === WAIT ? ', to wait' : ''}):`);
    const line = await answers();
    if (line === undefined) return undefined;
    // Typed at a terminal the answer is on screen already; from a pipe it is not.
    if (!process.stdin.isTTY) io.out(`> ${line}`);
    const [word, ...rest] = line.split(':');
    const w = word!.trim();
    const reason = rest.join(':').trim();
    const option = w === '' ? ask.model : /^\d+$/.test(w) ? options[Number(w) - 1] : options.find((o) => o === w);
    if (option) return { option, ...(reason ? { reason } : {}) };
    io.out(`"${w}" is not an option here; the options are ${options.map((o, i) => `${i + 1}) ${o}`).join(', ')}`);
  }
}

function stdinAnswers(): AnswerSource {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const queue: string[] = [];
  const waiting: ((s: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (l) => (waiting.length ? waiting.shift()!(l) : queue.push(l)));
  rl.on('close', () => {
    ended = true;
    while (waiting.length) waiting.shift()!(undefined);
  });
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift()) : ended ? Promise.resolve(undefined) : new Promise((res) => waiting.push(res))),
    close: () => rl.close(),
  };
}
