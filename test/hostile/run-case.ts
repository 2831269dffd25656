import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bufferIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { simulate } from '../../src/engine/index.js';
import { formatLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { watchPrototypes } from '../helpers/prototypes.mjs';
import { fillArgs, type HostileCase } from './hostile-case.js';

/** What one run of the CLI on a hostile input gave. */
export interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the run was stopped from outside: a hang. */
  readonly timedOut?: boolean;
  readonly signal?: string | null;
  readonly ms?: number;
  /** Peak resident memory of the child process, in MB. */
  readonly rssMb?: number;
  /** Whether a property of Object.prototype, Array.prototype or Function.prototype was added, removed or replaced. */
  readonly polluted: boolean;
}

export interface Prepared {
  readonly args: string[];
  readonly lead?: string;
}

let baselineLog: string | undefined;

/** Builds the case's input in a fresh temp folder and resolves its command line. */
export function prepare(c: HostileCase): Prepared {
  const dir = mkdtempSync(join(tmpdir(), 'redline-hostile-'));
  const values: Record<string, string> = { tmp: dir, out: join(dir, 'out.yaml'), log: join(dir, 'baseline.jsonl') };
  if (c.args.some((a) => a.includes('{log}'))) {
    baselineLog ??= formatLog(simulate(loadScenario('scenarios/baseline.yaml').inputs));
    writeFileSync(values.log!, baselineLog);
  }
  Object.assign(values, c.make?.(dir));
  return { args: fillArgs(c.args, values), ...(c.lead !== undefined ? { lead: fillArgs([c.lead], values)[0]! } : {}) };
}

/** Runs the CLI's `main` in this process (fast; no bounds on time or memory). */
export async function runInProcess(args: readonly string[]): Promise<Outcome> {
  const changed = watchPrototypes();
  const io = bufferIO();
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr(), polluted: changed().length > 0 };
}

export interface Bounds {
  /** A run still going after this long is a hang: it is killed. */
  readonly timeoutMs: number;
  /** The V8 heap the child may use; past it, the child dies: a crash. */
  readonly heapMb: number;
}

export const BOUNDS: Bounds = { timeoutMs: 60_000, heapMb: 256 };
const MEASURE = pathToFileURL(resolve('test/hostile/measure.mjs')).href;
const KEEP = 1 << 20;

/** Runs the bundled CLI (`bin/redline.js`, built by `npm test`) as a child process with bounded heap and time. */
export function runIsolated(args: readonly string[], bounds: Bounds = BOUNDS): Promise<Outcome> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [`--max-old-space-size=${bounds.heapMb}`, '--import', MEASURE, 'bin/redline.js', ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const report: Buffer[] = [];
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (into.reduce((n, b) => n + b.length, 0) < KEEP) into.push(chunk);
    };
    child.stdout!.on('data', collect(out));
    child.stderr!.on('data', collect(err));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', collect(report));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, bounds.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const measured = parseReport(Buffer.concat(report).toString('utf8'));
      done({
        code, signal, timedOut, ms, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
        polluted: measured?.polluted ?? false, ...(measured ? { rssMb: measured.rssKb / 1024 } : {}),
      });
    });
  });
}

function parseReport(text: string): { rssKb: number; polluted: boolean } | undefined {
  try {
    return JSON.parse(text) as { rssKb: number; polluted: boolean };
  } catch {
    return undefined;
  }
}

export type Verdict = 'ok' | 'crash' | 'hang' | 'wrong';

const STACK = /^\s+at .+:\d+(?::\d+)?\)?$/m;
// A clear message: each line leads with a location or with "redline:".
const CLEAR_LINE = /^(?:\S+?(?::\d+(?::\d+)?)?: \S|redline: \S|Run "redline help"|… and \d+ more problems|\s{2}\S)/;

/** What is wrong with an outcome, as failures to print; the verdict classes the worst of them. */
export function judge(c: HostileCase, prepared: Prepared, o: Outcome): { verdict: Verdict; failures: string[] } {
  if (o.timedOut) return { verdict: 'hang', failures: [`still running after ${BOUNDS.timeoutMs} ms: killed`] };
  const crash: string[] = [];
  if (o.signal) crash.push(`killed by ${o.signal}`);
  if (o.code !== null && ![0, 1, 2].includes(o.code)) crash.push(`exit ${o.code}`);
  if (/internal error|heap out of memory|Maximum call stack/i.test(o.stderr)) crash.push(`stderr: ${firstLine(o.stderr)}`);
  if (STACK.test(o.stderr)) crash.push('a stack trace on stderr');
  if (o.polluted) crash.push('a built-in prototype was polluted');
  if (crash.length > 0) return { verdict: 'crash', failures: crash };

  const wrong: string[] = [];
  if (o.code !== c.exit) wrong.push(`exit ${o.code}, expected ${c.exit}: ${firstLine(o.stderr)}`);
  if (c.error && !c.error.test(o.stderr)) wrong.push(`stderr does not match ${c.error}: ${o.stderr.slice(0, 400)}`);
  if (c.output && !c.output.test(o.stdout)) wrong.push(`stdout does not match ${c.output}: ${o.stdout.slice(0, 200)}`);
  if (o.code === 2) {
    if (prepared.lead !== undefined && !o.stderr.startsWith(prepared.lead)) wrong.push(`stderr does not begin with "${prepared.lead}": ${firstLine(o.stderr)}`);
    // A usage error may run on over a few lines; every other line is a problem of its own.
    const unclear = o.stderr.startsWith('redline: ') ? [] : o.stderr.split('\n').filter((l) => l !== '' && !CLEAR_LINE.test(l));
    if (unclear.length > 0) wrong.push(`lines without a location: ${unclear.slice(0, 2).join(' | ')}`);
    if (o.stdout !== '' && !c.output) wrong.push('printed output although it refused the input');
  }
  return { verdict: wrong.length > 0 ? 'wrong' : 'ok', failures: wrong };
}

const firstLine = (s: string): string => s.split('\n')[0]!.slice(0, 300);
