import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRunner, type SweepJob } from './sweep-job.js';

export interface SweepRun {
  readonly job: SweepJob;
  /** The runs to compute: [from, to). */
  readonly from: number;
  readonly to: number;
  /**
   * Worker threads besides this one, which computes chunks too; 0 runs
   * everything here. Unset: picked by the sweep's size (pickWorkers).
   */
  readonly workers?: number;
  /** Called in run order, chunk by chunk: the packed rows of runs [from, from + chunk length). */
  readonly onChunk: (from: number, packed: Float64Array) => void;
}

/**
 * Runs per chunk: small enough for a smooth progress bar (a sweep of any size comes back in 32
 * chunks or more a worker, so the bar moves at least once a cell), large enough to keep workers busy.
 */
export function chunkSize(runs: number, workers: number): number {
  return Math.max(50, Math.min(1000, Math.ceil(runs / (Math.max(1, workers) * 32))));
}

/**
 * CPU time a worker takes from its start to its first chunk (loading the
 * bundle, compiling the machines): about 140 ms as `npm run bench -- workers`
 * measures it. A worker pays its way only on a sweep whose rest would take
 * this thread longer than that.
 */
export const WORKER_START_MS = 150;

/**
 * How many workers a sweep gets when none is asked for: none when what is left
 * would take this thread less time than a worker takes to start, else one for
 * every other core (this thread is the last one).
 *
 * @example
 *   pickWorkers(9_000, 0.07, 2) // 1: 630 ms of work left
 *   pickWorkers(1_000, 0.07, 2) // 0: 70 ms left
 */
export function pickWorkers(runsLeft: number, msPerRun: number, cores: number): number {
  return runsLeft * msPerRun > WORKER_START_MS ? Math.max(0, cores - 1) : 0;
}

/**
 * Runs a range of a sweep's runs, on worker threads and this one, and hands
 * back the results in run order. Synchronous: this thread computes chunks
 * itself, and between them reads the workers' messages; once nothing is left
 * to hand out it sleeps on a shared counter the workers bump.
 *
 * @example
 *   runSweep({ job, from: 0, to: 10_000, workers: 2, onChunk: (from, packed) => tally(packed) });
 */
export function runSweep(r: SweepRun): void {
  const threads = r.workers === undefined ? availableParallelism() : r.workers + 1;
  const size = chunkSize(r.to - r.from, threads);
  const tasks: Task[] = [];
  for (let from = r.from; from < r.to; from += size) tasks.push({ from, to: Math.min(r.to, from + size) });
  let workers = r.workers ?? 0;
  let first = 0;
  const run = createRunner(r.job);
  if (r.workers === undefined && tasks.length > 1) {
    // Its size alone cannot say how long a sweep takes: time its first chunk here.
    const t0 = performance.now();
    r.onChunk(tasks[0]!.from, run(tasks[0]!.from, tasks[0]!.to));
    first = 1;
    workers = pickWorkers(r.to - tasks[0]!.to, (performance.now() - t0) / (tasks[0]!.to - tasks[0]!.from), availableParallelism());
  }
  if (workers === 0 || tasks.length - first <= 1) {
    for (const task of tasks.slice(first)) r.onChunk(task.from, run(task.from, task.to));
    return;
  }
  runOnWorkers(r, run, tasks.slice(first), workers);
}

interface Task {
  readonly from: number;
  readonly to: number;
}

/** Where the bundled worker entry is: beside the running bundle (or its chunk), or in dist/ when run from source. */
export function workerFile(): string {
  for (const candidate of ['./sweep-worker.js', '../sweep-worker.js', '../../dist/sweep-worker.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error('the sweep worker (dist/sweep-worker.js) is missing: run "npm run build"');
}

const READY_WAIT_MS = 30_000;
/** A worker that dies (out of memory, say) sends nothing: give up once none has answered for this long, or for 20 times the longest wait so far. */
const STALL_MS = 300_000;

function runOnWorkers(r: SweepRun, run: (from: number, to: number) => Float64Array, tasks: readonly Task[], workers: number): void {
  const signal = new SharedArrayBuffer(4);
  const wake = new Int32Array(signal);
  const file = workerFile();
  const count = Math.min(workers, tasks.length - 1);
  const ports: MessagePort[] = [];
  const threads: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    threads.push(new Worker(file, { workerData: { job: r.job, port: port2, signal }, transferList: [port2] }));
    ports.push(port1);
  }
  const done = new Map<number, Float64Array>();
  /** Which worker has each task handed out, and how many chunks each has sent back. */
  const owner = new Map<number, number>();
  const answered = new Array<number>(count).fill(0);
  let next = 0;
  let head = 0;
  let ready = 0;
  const started = performance.now();
  let heard = started;
  let longestWait = 0;
  const give = (i: number) => {
    const task = tasks[next];
    if (!task) return;
    next++;
    owner.set(task.from, i);
    ports[i]!.postMessage(task);
  };
  try {
    // Two chunks in flight per worker, so none waits while this thread computes one.
    for (let i = 0; i < count; i++) {
      give(i);
      give(i);
    }
    while (head < tasks.length) {
      const seen = Atomics.load(wake, 0);
      let got = false;
      for (let i = 0; i < count; i++) {
        for (let m = receiveMessageOnPort(ports[i]!); m; m = receiveMessageOnPort(ports[i]!)) {
          got = true;
          const msg = m.message as { ready?: true; error?: string; from?: number; packed?: Float64Array };
          if (msg.error) throw new Error(`a sweep worker failed:\n${msg.error}`);
          if (msg.ready) ready++;
          else {
            answered[i]!++;
            // A chunk this thread has done already (see below) is dropped.
            if (msg.from! >= tasks[head]!.from && !done.has(msg.from!)) done.set(msg.from!, msg.packed!);
            give(i);
          }
        }
      }
      while (head < tasks.length && done.has(tasks[head]!.from)) {
        const { from } = tasks[head++]!;
        r.onChunk(from, done.get(from)!);
        done.delete(from);
      }
      if (head >= tasks.length) break;
      const now = performance.now();
      if (got) {
        longestWait = Math.max(longestWait, now - heard);
        heard = now;
      }
      // This thread's share: the next chunk no worker has yet; else the one the rows wait on, while its
      // worker has sent none back (still starting, or cold), so a sweep is never slower than this thread alone.
      const mine = tasks[next] ?? (answered[owner.get(tasks[head]!.from)!] === 0 && !done.has(tasks[head]!.from) ? tasks[head] : undefined);
      if (mine) {
        if (mine === tasks[next]) next++;
        done.set(mine.from, run(mine.from, mine.to));
        heard = performance.now();
        continue;
      }
      if (got) continue;
      if (ready < count && now - started > READY_WAIT_MS) throw new Error('sweep workers did not start');
      if (now - heard > Math.max(STALL_MS, 20 * longestWait)) throw new Error('sweep workers stopped answering; rows written with --out are kept: carry on with --resume');
      Atomics.wait(wake, 0, seen, 1000);
    }
  } finally {
    for (let i = 0; i < count; i++) {
      ports[i]!.close();
      threads[i]!.unref();
      void threads[i]!.terminate();
    }
  }
}
