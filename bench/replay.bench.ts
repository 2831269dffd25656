import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createTimeline, foldRun, simulate, type LogEvent, type RunResult } from '../src/engine/index.js';
import { formatDay, parseDay } from '../src/engine/dates.js';
import { readLog, writeLog } from '../src/log/index.js';
import { runTable } from '../src/cli/run-report.js';
import { longScenario } from '../test/helpers/long-scenario.js';
import { perSecond, quantile } from './measure.js';

const INPUTS = 10_000;
const COPIES = 10;
const LOOKUPS = 1_000;

/** Replay and time travel on long logs: a simulated 10,000-input run, and ten of it end to end. */
export default async function bench(): Promise<void> {
  let t = performance.now();
  const run = simulate(longScenario(INPUTS, 11));
  const simMs = performance.now() - t;
  const span = `${run.events[0]!.date} to ${run.events.at(-1)!.date}`;
  console.log(`synthetic scenario: ${INPUTS} inputs, ${span}; simulate gives ${run.events.length} events in ${ms(simMs)} (${rate(run.events.length, simMs)} events/s: what verify costs)`);
  const long = tile(run, COPIES);
  console.log(`long log: ${COPIES} copies of that run end to end, ${long.events.length} events, ${long.events[0]!.date} to ${long.events.at(-1)!.date}`);

  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  try {
    for (const [name, r] of [['10k', run], ['100k', long]] as const) {
      const file = join(dir, `${name}.jsonl`);
      t = performance.now();
      writeLog(file, r);
      const writeMs = performance.now() - t;
      if (name === '10k') readLog(file); // warm the JIT, so both sizes are timed alike
      t = performance.now();
      const log = readLog(file);
      const readMs = performance.now() - t;
      t = performance.now();
      foldRun(log.run);
      const foldMs = performance.now() - t;
      t = performance.now();
      runTable(readLog(file).run);
      const replayMs = performance.now() - t;
      t = performance.now();
      const timeline = createTimeline(log.run);
      const indexMs = performance.now() - t;
      const n = log.run.events.length;
      const rng = xoroshiro128plus(7);
      const at = lookups(() => timeline.stateAt(uniformInt(rng, 0, n)));
      const first = parseDay(log.run.events[0]!.date)!;
      const last = parseDay(log.run.events.at(-1)!.date)!;
      const on = lookups(() => timeline.stateOn(formatDay(uniformInt(rng, first, last))));
      const worst = lookups(() => timeline.stateAt(Math.min(n, uniformInt(rng, 0, Math.floor(n / 64)) * 64 + 63)));
      console.log(`\n### ${n} events (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
      console.log(`write (temp file, fsync, rename): ${ms(writeMs)}`);
      console.log(`read and check every line: ${ms(readMs)} (${rate(n, readMs)} events/s)`);
      console.log(`fold to the final state: ${ms(foldMs)} (${rate(n, foldMs)} events/s)`);
      console.log(`replay (read, fold, milestone table): ${ms(replayMs)} (${rate(n, replayMs)} events/s; ${(simMs / run.events.length * n / replayMs).toFixed(0)}× faster than simulating them)`);
      console.log(`timeline (a snapshot every 64 events): built in ${ms(indexMs)}`);
      console.log(`state at a random seq, ${LOOKUPS} lookups: median ${us(at.median)}, p99 ${us(at.p99)}, max ${us(at.max)} (max = ${pct(at.max)} of a 16 ms frame)`);
      console.log(`state 63 events past a snapshot (the most a lookup folds), ${LOOKUPS} lookups: median ${us(worst.median)}, p99 ${us(worst.p99)}`);
      console.log(`state on a random day, ${LOOKUPS} lookups: median ${us(on.median)}, p99 ${us(on.p99)}, max ${us(on.max)} (max = ${pct(on.max)} of a frame)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies of a run end to end, each shifted past the previous one's last day, seqs and ids renumbered. */
function tile(run: RunResult, copies: number): RunResult {
  const days = parseDay(run.events.at(-1)!.date)! - parseDay(run.events[0]!.date)! + 1;
  const shift = (date: string, k: number) => formatDay(parseDay(date)! + k * days);
  const events: LogEvent[] = [];
  const inputs = [];
  for (let k = 0; k < copies; k++) {
    const offset = k * run.events.length;
    for (const e of run.events) {
      const date = shift(e.date, k);
      events.push(e.kind === 'input'
        ? { ...e, seq: e.seq + offset, date, data: { ...e.data, id: `${e.data.id}-${k}` } }
        : { ...e, seq: e.seq + offset, date, cause: e.cause === null ? null : e.cause + offset });
    }
    for (const e of run.inputs.events) inputs.push({ ...e, id: `${e.id}-${k}`, date: shift(e.date, k) });
  }
  return { ...run, inputs: { ...run.inputs, events: inputs }, events };
}

function lookups(f: () => unknown): { median: number; p99: number; max: number } {
  for (let i = 0; i < 50; i++) f();
  const times: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99), max: quantile(times, 1) };
}

const pct = (x: number) => `${((x / 16) * 100).toFixed(0)}%`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const us = (x: number) => `${(x * 1000).toFixed(0)} µs`;
const rate = (n: number, msTaken: number) => perSecond(n / (msTaken / 1000));
