// Entry of a sweep worker thread (bundled as dist/sweep-worker.js): runs the chunks it is sent,
// of the one job it started with, or (kept warm, for the TUI) of whichever job it was sent last.
import { workerData, type MessagePort } from 'node:worker_threads';
import { createRunner, type SweepJob } from './sweep-job.js';

type Data = { job: SweepJob; port: MessagePort; signal: SharedArrayBuffer } | { warm: true; port: MessagePort };
const data = workerData as Data;

if ('warm' in data) serveWarm(data.port);
else serveOne(data.job, data.port, new Int32Array(data.signal));

function serveOne(job: SweepJob, port: MessagePort, wake: Int32Array): void {
  /** Posts to the main thread and wakes it: it waits on `signal`, not on its event loop. */
  const post = (message: unknown, transfer: ArrayBuffer[] = []) => {
    port.postMessage(message, transfer);
    Atomics.add(wake, 0, 1);
    Atomics.notify(wake, 0);
  };
  try {
    const run = createRunner(job);
    // The main thread closes its end when the sweep is over; this thread then has nothing left to do and ends.
    port.on('message', (task: { from: number; to: number }) => {
      try {
        const packed = run(task.from, task.to);
        post({ from: task.from, packed }, [packed.buffer as ArrayBuffer]);
      } catch (err) {
        post({ error: (err as Error).stack ?? String(err) });
      }
    });
    post({ ready: true });
  } catch (err) {
    post({ error: (err as Error).stack ?? String(err) });
  }
}

/** A job replaces the one before; a chunk of a job no longer the last is dropped, so the main thread can cancel by sending the next. */
function serveWarm(port: MessagePort): void {
  let current: { id: number; run: (from: number, to: number) => Float64Array } | undefined;
  port.on('message', (m: { job: SweepJob; id: number } | { id: number; from: number; to: number }) => {
    try {
      if ('job' in m) current = { id: m.id, run: createRunner(m.job) };
      else if (current?.id === m.id) {
        const packed = current.run(m.from, m.to);
        port.postMessage({ id: m.id, from: m.from, packed }, [packed.buffer as ArrayBuffer]);
      }
    } catch (err) {
      port.postMessage({ id: m.id, error: (err as Error).stack ?? String(err) });
    }
  });
}
