// Entry of a sweep worker thread (bundled as dist/sweep-worker.js): runs the chunks it is sent.
import { workerData, type MessagePort } from 'node:worker_threads';
import { createRunner, type SweepJob } from './sweep-job.js';

const { job, port, signal } = workerData as { job: SweepJob; port: MessagePort; signal: SharedArrayBuffer };
const wake = new Int32Array(signal);

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
