import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRunner, type SweepJob } from './sweep-job.js';

export interface SweepRun {
  readonly job: SweepJob;
  /** The runs to compute: [from, to). */
  readonly from: number;
  readonly to: number;
  /** Worker threads; 0 runs everything on this thread. */
  readonly workers: number;
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
 * Runs a range of a sweep's runs, on worker threads or on this one, and hands
 * back the results in run order. Synchronous: this thread sleeps on a shared
 * counter the workers bump, and reads their messages as they come.
 *
 * @example
 *   runSweep({ job, from: 0, to: 10_000, workers: 2, onChunk: (from, packed) => tally(packed) });
 */
export function runSweep(r: SweepRun): void {
  const size = chunkSize(r.to - r.from, r.workers);
  if (r.workers === 0 || r.to - r.from <= size) {
    const run = createRunner(r.job);
    for (let from = r.from; from < r.to; from += size) r.onChunk(from, run(from, Math.min(r.to, from + size)));
    return;
  }
  runOnWorkers(r, size);
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

function runOnWorkers(r: SweepRun, size: number): void {
  const signal = new SharedArrayBuffer(4);
  const wake = new Int32Array(signal);
  const file = workerFile();
  const tasks: { from: number; to: number }[] = [];
  for (let from = r.from; from < r.to; from += size) tasks.push({ from, to: Math.min(r.to, from + size) });
  const count = Math.min(r.workers, tasks.length);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    workers.push(new Worker(file, { workerData: { job: r.job, port: port2, signal }, transferList: [port2] }));
    ports.push(port1);
  }
  const done = new Map<number, Float64Array>();
  let next = 0;
  let emitted = r.from;
  let ready = 0;
  const started = performance.now();
  let heard = started;
  let longestWait = 0;
  const give = (i: number) => {
    const task = tasks[next++];
    if (task) ports[i]!.postMessage(task);
  };
  try {
    // Two chunks in flight per worker, so none waits on this thread.
    for (let i = 0; i < count; i++) {
      give(i);
      give(i);
    }
    while (emitted < r.to) {
      const seen = Atomics.load(wake, 0);
      let got = false;
      for (let i = 0; i < count; i++) {
        for (let m = receiveMessageOnPort(ports[i]!); m; m = receiveMessageOnPort(ports[i]!)) {
          got = true;
          const msg = m.message as { ready?: true; error?: string; from?: number; packed?: Float64Array };
          if (msg.error) throw new Error(`a sweep worker failed:\n${msg.error}`);
          if (msg.ready) ready++;
          else {
            done.set(msg.from!, msg.packed!);
            give(i);
          }
        }
      }
      for (let packed = done.get(emitted); packed; packed = done.get(emitted)) {
        done.delete(emitted);
        r.onChunk(emitted, packed);
        emitted = Math.min(r.to, emitted + size);
      }
      const now = performance.now();
      if (got) {
        longestWait = Math.max(longestWait, now - heard);
        heard = now;
      } else {
        if (ready < count && now - started > READY_WAIT_MS) throw new Error('sweep workers did not start');
        if (now - heard > Math.max(STALL_MS, 20 * longestWait)) throw new Error('sweep workers stopped answering; rows written with --out are kept: carry on with --resume');
        Atomics.wait(wake, 0, seen, 1000);
      }
    }
  } finally {
    for (let i = 0; i < count; i++) {
      ports[i]!.close();
      workers[i]!.unref();
      if (emitted < r.to) void workers[i]!.terminate();
    }
  }
}
