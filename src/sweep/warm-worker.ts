import { MessageChannel, Worker } from 'node:worker_threads';
import { workerFile } from './run-sweep.js';
import type { SweepJob } from './sweep-job.js';

/** A run of a job on the warm worker: chunks come in run order; a later run cancels it. */
export interface WarmRun {
  readonly job: SweepJob;
  readonly runs: number;
  /** Runs of the first chunk, drawn as soon as they are in; the rest follow `chunk` at a time. */
  readonly first: number;
  readonly chunk: number;
  readonly onChunk: (from: number, packed: Float64Array) => void;
  readonly onError: (message: string) => void;
}

export interface WarmWorker {
  /** Starts a run, cancelling the one before; the returned function cancels this one. */
  run(r: WarmRun): () => void;
  close(): void;
}

/**
 * One sweep worker kept started, for jobs that come one after another (the
 * TUI's distribution after each fork): this thread never waits on it, and a
 * run asks for its next chunk only once the last is in, so a new run (or a
 * cancel) stops the old one at its next chunk.
 *
 * @example
 *   const w = warmWorker();
 *   w.run({ job, runs: 1000, first: 100, chunk: 300, onChunk, onError });
 */
export function warmWorker(): WarmWorker {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerFile(), { workerData: { warm: true, port: port2 }, transferList: [port2] });
  worker.unref();
  let id = 0;
  let active: (WarmRun & { id: number; next: number }) | undefined;
  const ask = (a: NonNullable<typeof active>) => {
    const to = Math.min(a.runs, a.next === 0 ? a.first : a.next + a.chunk);
    port1.postMessage({ id: a.id, from: a.next, to });
    a.next = to;
  };
  port1.on('message', (m: { id: number; from: number; packed?: Float64Array; error?: string }) => {
    const a = active;
    if (!a || m.id !== a.id) return;
    if (m.error !== undefined) {
      active = undefined;
      a.onError(m.error);
      return;
    }
    if (a.next < a.runs) ask(a);
    else active = undefined;
    a.onChunk(m.from, m.packed!);
  });
  port1.unref();
  return {
    run(r) {
      const a = { ...r, id: ++id, next: 0 };
      active = a;
      port1.postMessage({ id: a.id, job: r.job });
      if (r.runs > 0) ask(a);
      return () => {
        if (active === a) active = undefined;
      };
    },
    close() {
      active = undefined;
      port1.close();
      void worker.terminate();
    },
  };
}
