import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { collector } from '../src/sweep/collect.js';
import { loadSweepJob } from '../src/sweep/load-job.js';
import { sweepHeader } from '../src/sweep/rows.js';
import { WORKER_START_MS, runSweep, workerFile } from '../src/sweep/run-sweep.js';
import type { SweepJob } from '../src/sweep/sweep-job.js';
import { createTally } from '../src/sweep/tally.js';
import { perSecond, table } from './measure.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';

/**
 * Whole sweeps (tally included) on this thread, on 2 workers and with the
 * workers the sweep picks, at a small and a large size. The three take turns
 * and each keeps its best round, so a burst of load elsewhere on a shared
 * machine falls on all three alike.
 */
export default async function bench(): Promise<void> {
  const job = loadSweepJob(UNCERTAIN);
  const seconds = (workers: number | undefined, runs: number) => {
    const collect = collector(sweepHeader(job, runs, { index: 1, count: 1 }), createTally(job.uncertainty));
    const t0 = performance.now();
    runSweep({ job, from: 0, to: runs, workers, onChunk: collect });
    return (performance.now() - t0) / 1000;
  };
  seconds(0, 2000); // warm this thread, as a CLI run's first chunks are not
  const start = workerStart(job);
  console.log(`a worker's start (bundle, machines) to ready: ${start.cpu.toFixed(0)} ms CPU, ${start.wall.toFixed(0)} ms wall (WORKER_START_MS is ${WORKER_START_MS})`);
  const rows: string[][] = [['runs', 'this thread', '2 workers', 'default', '2 workers ÷ thread', 'default ÷ thread']];
  const ratios = new Map<number, [number, number]>();
  for (const [runs, rounds] of [[10_000, 5], [200_000, 2]] as const) {
    let [one, two, auto] = [Infinity, Infinity, Infinity];
    for (let round = 0; round < rounds; round++) {
      one = Math.min(one, seconds(0, runs));
      two = Math.min(two, seconds(2, runs));
      auto = Math.min(auto, seconds(undefined, runs));
    }
    ratios.set(runs, [one / two, one / auto]);
    rows.push([perSecond(runs), `${perSecond(runs / one)}/s`, `${perSecond(runs / two)}/s`, `${perSecond(runs / auto)}/s`, `${(one / two).toFixed(2)}×`, `${(one / auto).toFixed(2)}×`]);
  }
  table(rows);
  const big = ratios.get(200_000)![0];
  const small = ratios.get(10_000)![1];
  console.log(`target: at 200,000 runs 2 workers >= 1.85x this thread: ${big >= 1.85 ? 'met' : 'NOT met'} (${big.toFixed(2)}x)`);
  console.log(`target: at 10,000 runs the default never slower than this thread: ${small >= 1 ? 'met' : 'NOT met'} (${small.toFixed(2)}x)`);
}

/** One worker from its start to its ready message: the CPU time of this process meanwhile, and the wall time. */
function workerStart(job: SweepJob): { cpu: number; wall: number } {
  const signal = new SharedArrayBuffer(4);
  const wake = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const worker = new Worker(workerFile(), { workerData: { job, port: port2, signal }, transferList: [port2] });
  while (!receiveMessageOnPort(port1)) Atomics.wait(wake, 0, Atomics.load(wake, 0), 50);
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  port1.close();
  void worker.terminate();
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}
