import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { simulate } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';
import { collector } from '../src/sweep/collect.js';
import { loadSweepJob } from '../src/sweep/load-job.js';
import { sweepHeader } from '../src/sweep/rows.js';
import { milestoneDays, simulate as runFast } from '../src/engine/simulate.js';
import { prepareInputs, timeline } from '../src/engine/input-order.js';
import { runSweep } from '../src/sweep/run-sweep.js';
import { createTally } from '../src/sweep/tally.js';
import { perSecond, rate, table } from './measure.js';

const BASELINE = 'scenarios/baseline.yaml';
const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';

/** Runs of the real model: the reference engine, the compiled stepper on one thread and on all, and whole sweeps from the CLI. */
export default async function bench(): Promise<void> {
  const { inputs } = loadScenario(BASELINE);
  const prepared = prepareInputs(inputs.events);
  const reference = rate(() => simulate(inputs), 1000);
  const fullLog = rate(() => runFast(inputs));
  const daysOnly = rate(() => milestoneDays(inputs.params, timeline(prepared)));
  const cores = availableParallelism();
  const job = loadSweepJob(UNCERTAIN);
  const sweepRate = (workers: number, runs: number) => {
    const tally = createTally(job.uncertainty);
    const collect = collector(sweepHeader(job, runs, { index: 1, count: 1 }), tally);
    const t0 = performance.now();
    runSweep({ job, from: 0, to: runs, workers, onChunk: collect });
    return runs / ((performance.now() - t0) / 1000);
  };
  const one = sweepRate(0, 4000);
  const oneWorker = sweepRate(1, 4000);
  const all = sweepRate(cores, 8000);
  table([
    ['the baseline (35 inputs, 10 machines)', 'runs/s', '× reference'],
    ['reference engine: xstate transition()', perSecond(reference), '1'],
    ['compiled stepper, full log', perSecond(fullLog), (fullLog / reference).toFixed(0)],
    ['compiled stepper, milestones only', perSecond(daysOnly), (daysOnly / reference).toFixed(0)],
    [`sweep of ${job.inputs.scenario.id}, this thread`, perSecond(one), (one / reference).toFixed(0)],
    [`sweep of ${job.inputs.scenario.id}, 1 worker`, perSecond(oneWorker), (oneWorker / reference).toFixed(0)],
    [`sweep of ${job.inputs.scenario.id}, ${cores} workers`, perSecond(all), (all / reference).toFixed(0)],
  ]);

  console.log('');
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  try {
    const cli = (file: string, runs: number, out?: string) => {
      const t0 = performance.now();
      const args = ['bin/redline.js', 'sweep', file, '--runs', String(runs), '--summary', '--json', ...(out ? ['--out', out] : [])];
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
      const wall = performance.now() - t0;
      if (r.status !== 0) throw new Error(`sweep failed: ${r.stderr}`);
      return { wall, peakMb: Number(r.stderr.trim().split('\n').at(-1)) / 1024 };
    };
    const bare = (() => {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - t0;
    })();
    const base = cli(BASELINE, 10_000);
    const uncertain = cli(UNCERTAIN, 10_000);
    const small = cli(UNCERTAIN, 10_000, join(dir, 'small.jsonl'));
    const large = cli(UNCERTAIN, 40_000, join(dir, 'large.jsonl'));
    table([
      [`redline sweep from the CLI, ${cores} cores`, 'wall', 'peak RSS'],
      ['node -e 0 (a bare start)', `${bare.toFixed(0)} ms`, ''],
      ['10,000 runs of baseline', `${base.wall.toFixed(0)} ms`, `${base.peakMb.toFixed(0)} MB`],
      [`10,000 runs of ${job.inputs.scenario.id}`, `${uncertain.wall.toFixed(0)} ms`, `${uncertain.peakMb.toFixed(0)} MB`],
      [`10,000 runs of ${job.inputs.scenario.id} --out rows`, `${small.wall.toFixed(0)} ms`, `${small.peakMb.toFixed(0)} MB`],
      [`40,000 runs of ${job.inputs.scenario.id} --out rows`, `${large.wall.toFixed(0)} ms`, `${large.peakMb.toFixed(0)} MB`],
    ]);
    // What a sweep keeps, apart from V8 sizing its heaps: the main thread's heap after a full collection.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const retained = (runs: number) => {
      const fd = openSync(join(dir, `retained-${runs}.jsonl`), 'w');
      const header = sweepHeader(job, runs, { index: 1, count: 1 });
      const collect = collector(header, createTally(job.uncertainty), { format: 'json', write: (lines) => writeSync(fd, `${lines.join('\n')}\n`) });
      runSweep({ job, from: 0, to: runs, workers: cores, onChunk: collect });
      closeSync(fd);
      gc();
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const few = retained(10_000);
    const many = retained(40_000);
    console.log(`target: 10,000 runs of the baseline under 2 s wall: ${base.wall < 2000 ? 'met' : 'NOT met'} (${base.wall.toFixed(0)} ms)`);
    console.log(`memory kept after a sweep streaming its rows: ${few.toFixed(1)} MB of heap after 10,000 runs, ${many.toFixed(1)} MB after 40,000: `
      + `${many < few + 2 ? 'flat' : 'GROWS'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
