import { describe, expect, it } from 'vitest';
import { loadSweepJob } from '../../src/sweep/load-job.js';
import { createRunner } from '../../src/sweep/sweep-job.js';
import { WORKER_START_MS, pickWorkers, runSweep } from '../../src/sweep/run-sweep.js';

const job = loadSweepJob('scenarios/baseline-uncertain.yaml');

/** Every chunk runSweep hands back, in the order it hands them. */
function chunks(from: number, to: number, workers: number | undefined): { from: number; packed: Float64Array }[] {
  const got: { from: number; packed: Float64Array }[] = [];
  runSweep({ job, from, to, workers, onChunk: (at, packed) => got.push({ from: at, packed: packed.slice() }) });
  return got;
}

describe('a sweep on this thread and workers', () => {
  const alone = createRunner(job)(40, 2400);

  it.each([[0], [1], [2], [undefined]])('hands back every run once, in run order, the same as one thread (workers: %s)', (workers) => {
    const got = chunks(40, 2400, workers);
    let at = 40;
    for (const c of got) {
      expect(c.from).toBe(at);
      at += c.packed.length / (alone.length / 2360);
    }
    expect(at).toBe(2400);
    const joined = new Float64Array(alone.length);
    let offset = 0;
    for (const c of got) {
      joined.set(c.packed, offset);
      offset += c.packed.length;
    }
    expect(joined).toEqual(alone);
  });

  it('runs a sweep of one chunk on this thread even when workers are asked for', () => {
    expect(chunks(0, 10, 2).map((c) => c.from)).toEqual([0]);
  });
});

describe('how many workers a sweep picks by its size', () => {
  it('none when what is left takes this thread less than a worker takes to start', () => {
    expect(pickWorkers(1000, (WORKER_START_MS - 1) / 1000, 8)).toBe(0);
    expect(pickWorkers(0, 1, 8)).toBe(0);
  });

  it('one for every other core when it takes longer', () => {
    expect(pickWorkers(1000, (WORKER_START_MS + 1) / 1000, 8)).toBe(7);
    expect(pickWorkers(1000, (WORKER_START_MS + 1) / 1000, 2)).toBe(1);
    expect(pickWorkers(1000, 1, 1)).toBe(0);
  });
});
