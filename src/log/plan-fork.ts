import { isInputType } from '../../machines/index.js';
import { unplayed } from '../engine/play-session.js';
import { simulate } from '../engine/simulate.js';
import type { LogEvent, RunInputs, RunResult } from '../engine/types.js';
import { applyChanges, tryApplyChanges, type Change } from '../scenario/changes.js';
import { InputError, didYouMean } from '../scenario/errors.js';
import { isScenarioDay } from '../scenario/schema.js';
import { canonicalJson } from '../util/canonical-json.js';
import type { LoadedLog } from './parse-log.js';

export interface ForkPlan {
  /** Events 1..at are kept as recorded. */
  readonly at: number;
  /** The date of event `at`: nothing may be added before it. */
  readonly date: string | null;
  readonly changes: readonly Change[];
  readonly inputs: RunInputs;
  /** The forked run, simulated in memory. */
  readonly run: RunResult;
}

/** How the messages name a change and an earlier fork point: as `redline fork`'s options, or as the TUI's steps. */
export interface ForkWording {
  change(c: Change): string;
  /** Where to fork instead, for a change to the input at event `seq`. */
  earlier(seq: number): string;
}

/** How a change reads on the command line, for messages. */
export function describeChange(c: Change): string {
  if ('add' in c) return `--add ${c.add.id} (${c.add.date})`;
  if ('remove' in c) return `--remove ${c.remove}`;
  if ('move' in c) return `--move ${c.move}=${c.to}`;
  return `--set ${c.set.parameter}=${c.set.value}`;
}

const CLI_WORDING: ForkWording = { change: describeChange, earlier: (seq) => `fork at an earlier event (--at ${seq - 1} or less)` };

/**
 * Checks changes against a log and a fork point and runs the fork in memory. The
 * first `at` events must stay as recorded: a change that would alter them is refused
 * (an `InputError` listing every such change). The forked run carries `scenario` as its identity.
 * `redline fork` and the TUI's fork both plan here, so the same change gets the same answer.
 *
 * @example
 *   planFork(readLog('runs/baseline.jsonl'), 17, [{ remove: 'cameron-kyiv-remarks' }]).run
 */
export function planFork(
  log: Pick<LoadedLog, 'file' | 'run'>, at: number, changes: readonly Change[],
  scenario: RunInputs['scenario'] = log.run.inputs.scenario, wording: ForkWording = CLI_WORDING,
): ForkPlan {
  const describeChange = wording.change;
  const events = log.run.events;
  const refuse = (messages: string[]) => new InputError(messages.map((message) => ({ file: log.file, message })));
  if (!Number.isInteger(at) || at < 0 || at > events.length) {
    throw refuse([`--at ${at}: the log has events 1–${events.length}; fork after one of them (or 0, before any)`]);
  }
  const point = at > 0 ? events[at - 1]! : undefined;
  const date = point?.date ?? null;
  const where = point ? `the fork point (event ${at}, ${point.date})` : 'the fork point';
  const inputSeq = new Map<string, number>();
  for (const e of events) if (e.kind === 'input') inputSeq.set(e.data.id, e.seq);
  const known = new Set(inputSeq.keys());

  // The model runs the fork from the log's inputs: every one must be a type it knows.
  const problems = log.run.inputs.events.filter((e) => !isInputType(e.type))
    .map((e) => `input "${e.id}" has type "${e.type}", which this model does not know; a fork needs a log this redline can run (see redline replay --verify)`);
  for (const c of changes) {
    const what = describeChange(c);
    const id = 'add' in c ? undefined : 'remove' in c ? c.remove : 'move' in c ? c.move : undefined;
    if (id !== undefined && !known.has(id)) {
      problems.push(`${what}: no input "${id}" in the log${didYouMean(id, known)}`);
      continue;
    }
    if (id !== undefined && inputSeq.has(id) && inputSeq.get(id)! <= at) {
      problems.push(`${what}: "${id}" is event ${inputSeq.get(id)}, at or before ${where}, which a fork keeps as recorded; ${wording.earlier(inputSeq.get(id)!)}`);
    }
    const newDate = 'add' in c ? c.add.date : 'move' in c ? c.to : undefined;
    if (newDate !== undefined && !isScenarioDay(newDate)) {
      problems.push(`${what}: "${newDate}" is not a calendar date in the years 1900 to 2199; expected YYYY-MM-DD`);
    }
    else if (newDate !== undefined && date !== null && newDate < date) {
      problems.push(`${what}: ${newDate} is before ${where}; date it ${date} or later, or fork at an earlier event`);
    }
    if ('add' in c) {
      if (known.has(c.add.id)) problems.push(`${what}: the log already has an input "${c.add.id}"; give the new event another id`);
      known.add(c.add.id);
    }
    if ('remove' in c) known.delete(c.remove);
  }
  // A scenario holds no player's choices: a fork of a played run keeps only what the model did on its own.
  if (problems.length === 0 && log.run.inputs.play) {
    const own = simulate(unplayed(log.run.inputs)).events;
    const parts = events.findIndex((e, i) => !own[i] || canonicalJson(e) !== canonicalJson(own[i]));
    if (parts >= 0 && parts < at) {
      problems.push(`the played run parts from the model's own at event ${parts + 1} (${events[parts]!.date}), before ${where}; a scenario cannot hold a player's choices, so fork at ${parts} or earlier (what the played roles do after it is left to the model)`);
    }
  }
  if (problems.length > 0) throw refuse(problems);

  // The scenario language's own checks (an added event's fields, a parameter's range) come last.
  const applied = tryApplyChanges(log.run.inputs, changes);
  if (applied.problems.length > 0) throw refuse(applied.problems.map((p) => `${describeChange(changes[p.index]!)}: ${p.message}`));
  const inputs = { ...unplayed(applied.inputs), scenario };
  const run = simulate(inputs);
  if (firstDifference(log.run, run, at)) throw refuse([culprit(log, at, changes, where, describeChange)]);
  return { at, date, changes, inputs, run };
}

/** Which change (the first, applying them one by one) alters the kept events, and how. */
function culprit(
  log: Pick<LoadedLog, 'run'>, at: number, changes: readonly Change[], where: string, describeChange: (c: Change) => string,
): string {
  for (let k = 0; k <= changes.length; k++) {
    const moved = firstDifference(log.run, simulate(unplayed(applyChanges(log.run.inputs, changes.slice(0, k)))), at);
    if (!moved) continue;
    if (k === 0) return `this model no longer reproduces the log up to ${where}: ${moved} (see redline replay --verify); re-record the log first`;
    return `${describeChange(changes[k - 1]!)}: changes the run before ${where}: ${moved}; fork at an earlier event or drop this change`;
  }
  return `the changes together alter the run before ${where}`;
}

/** How a run differs from a recorded one within its first `at` events, or undefined. */
function firstDifference(recorded: RunResult, run: RunResult, at: number): string | undefined {
  if (canonicalJson(recorded.initialLedger) !== canonicalJson(run.initialLedger)) return 'the starting ledger would differ';
  for (let i = 0; i < at; i++) {
    const a = recorded.events[i]!;
    const b = run.events[i];
    if (!b || canonicalJson(a) !== canonicalJson(b)) return `event ${i + 1} would be ${b ? name(b) : 'missing'} instead of ${name(a)}`;
  }
  return undefined;
}

const name = (e: LogEvent): string => `${e.kind === 'input' ? e.data.id : e.type} (${e.date})`;
