import { choiceProblem } from '../engine/decisions.js';
import type { LogEvent, PlayerChoice, RunResult } from '../engine/types.js';
import { InputError } from '../scenario/errors.js';
import { wrongKind } from '../scenario/file-kind.js';
import { LOG_FORMAT, LOG_VERSION, REDLINE_VERSION, type LogHeader } from './log-header.js';
import { eventSchema, firstIssue, headerSchema } from './log-schema.js';
import { upcasterChain, type Upcaster } from './upcast.js';
import { logDoubts, type Doubt } from './check-claims.js';

/** A log read back: its header, the run it records, and what was noticed on the way (a torn last line). */
export interface LoadedLog {
  readonly file: string;
  readonly header: LogHeader;
  readonly run: RunResult;
  readonly warnings: readonly string[];
}

type Json = Record<string, unknown>;

export interface ReadOptions {
  /** Read what can be read: each claim that cannot be true, and a damaged line (which ends the reading), becomes a warning, not a refusal. */
  readonly lenient?: boolean;
}

/**
 * Reads the text of a log. Throws `InputError` naming the line of the first problem;
 * a last line cut off mid-write is skipped with a warning instead.
 *
 * @example
 *   const { run } = parseLog(readFileSync('runs/baseline.jsonl', 'utf8'), 'runs/baseline.jsonl');
 */
export function parseLog(text: string, file: string, options: ReadOptions = {}): LoadedLog {
  const fail = (line: number | undefined, message: string): never => {
    throw new InputError([{ file, ...(line ? { line } : {}), message }]);
  };
  // A byte-order mark is what a Windows editor adds on save; the log is still whole.
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const terminated = lines.at(-1) === '';
  if (terminated) lines.pop();
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  if (lines.length === 0 || (lines.length === 1 && lines[0]!.trim() === '')) fail(undefined, 'the file is empty; a redline log starts with a header line (record one with "redline run <scenario> --log <file>")');

  const other = wrongKind(text, 'log', 'a log');
  if (other) fail(1, other);
  const warnings: string[] = [];
  let tornAt: number | undefined;
  if (!terminated && !parsesAsJson(lines.at(-1)!)) {
    if (lines.length === 1) fail(1, 'the header line is incomplete (the write was cut off); the log holds no run');
    tornAt = lines.length;
    lines.pop();
  }

  const rawHeader = parseLine(lines[0]!, 1, fail, 'the header');
  if (rawHeader.format !== LOG_FORMAT) fail(1, `not a redline log: the first line has no "format": "${LOG_FORMAT}"`);
  const version = rawHeader.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail(1, `"version" must be a whole number from 1; found ${JSON.stringify(version)}`);
  if ((version as number) > LOG_VERSION) {
    fail(1, `this log is in format version ${version as number}, written by redline ${typeof rawHeader.redline === 'string' ? rawHeader.redline : 'of a later release'}; `
      + `this redline (${REDLINE_VERSION}) reads log formats up to version ${LOG_VERSION}. Upgrade redline to read it.`);
  }
  const chain = upcasterChain(version as number);
  if (!Array.isArray(chain)) return fail(1, `log format version ${chain.missing} has no upcaster in this redline; it cannot be read`);

  const header = chain.reduce((h, u) => u.header(h), rawHeader);
  const checked = headerSchema.safeParse(header);
  if (!checked.success) fail(1, `header: ${firstIssue(checked.error)}`);
  const choices = (checked.data!.inputs.play?.choices ?? []) as PlayerChoice[];
  choices.forEach((c, i) => {
    const problem = choiceProblem(c);
    if (problem) fail(1, `header: inputs.play.choices.${i}: ${problem}`);
  });

  const events: LogEvent[] = [];
  const doubts: Doubt[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const damaged = (why: string) => fail(line, `${why}; the log is damaged here, after ${describeKept(events)}`);
    try {
      const event = upcastEvent(parseLine(lines[i]!, line, (_, m) => damaged(m), 'an event line'), chain, header);
      const ok = eventSchema.safeParse(event);
      if (!ok.success) damaged(`not a log event: ${firstIssue(ok.error)}`);
      if (event.seq !== i) damaged(`expected event ${i} here; found seq ${String(event.seq)}`);
      if (typeof event.cause === 'number' && event.cause >= i) damaged(`event ${i} names a cause (${event.cause}) that does not come before it`);
      events.push(event as unknown as LogEvent);
    } catch (err) {
      // Leniently, a damaged line ends what can be read: the events after it cannot be trusted to follow.
      if (!options.lenient || !(err instanceof InputError)) throw err;
      doubts.push({ line, message: `${err.problems[0]!.message.replace(/; the log is damaged here.*$/, '')}; read no further` });
      break;
    }
  }
  if (tornAt) warnings.push(`${file}:${tornAt}: the last line is incomplete (the write was cut off); skipped it and kept ${describeKept(events)}`);
  doubts.unshift(...logDoubts(checked.data!, events));
  doubts.sort((a, b) => a.line - b.line);
  if (doubts.length > 0 && !options.lenient) fail(doubts[0]!.line, `${doubts[0]!.message}; this log cannot be true here (read what can be read with --lenient)`);
  for (const d of doubts) warnings.push(`${file}:${d.line}: doubt: ${d.message}`);

  const h = { ...header, version: LOG_VERSION } as unknown as LogHeader;
  return {
    file, header: h, warnings,
    run: { inputs: h.inputs, initialLedger: h.initialLedger, initialStates: h.initialStates, events },
  };
}

function describeKept(events: readonly LogEvent[]): string {
  if (events.length === 0) return 'the header and no events';
  return `the header and events 1–${events.length} (through ${events.at(-1)!.date})`;
}

function parsesAsJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function parseLine(line: string, n: number, fail: (line: number, message: string) => never, what: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(n, `${what} is not valid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(n, `${what} is not a JSON object`);
  return value as Json;
}

function upcastEvent(event: Json, chain: readonly Upcaster[], header: Json): Json {
  return chain.reduce((e, u) => u.event(e, header), event);
}
