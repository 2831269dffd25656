import type { ParameterName, Params } from '../../machines/index.js';
import type { RunInputs } from '../engine/types.js';
import { drawRun } from './draws.js';
import { sobolDraws } from './sobol/design.js';
import { rowWidth } from './rows.js';
import { milestoneDays } from '../engine/simulate.js';
import { prepareInputs, timeline } from '../engine/input-order.js';
import type { UncertainInput } from './uncertainty.js';

/** What a sweep runs: plain data, so it crosses to worker threads as is. */
export interface SweepJob {
  readonly inputs: RunInputs;
  readonly uncertainty: readonly UncertainInput[];
  readonly seed: number;
  /** How runs draw their inputs: at random (the default), or as the runs of a Saltelli design for Sobol indices. */
  readonly design?: 'random' | 'sobol';
  /** Draws given, not drawn: run i takes `given[i*k .. i*k + k)` (k uncertain inputs), as an ensemble's members are. */
  readonly given?: Float64Array;
}

/**
 * Prepares a job once and returns a function that runs any range of its runs,
 * packing each run's draws and milestone days into one flat array.
 *
 * @example
 *   const runs = createRunner(job);
 *   const packed = runs(0, 100); // 100 × rowWidth(job) numbers
 */
export function createRunner(job: SweepJob): (from: number, to: number) => Float64Array {
  const { inputs, uncertainty, seed } = job;
  const prepared = prepareInputs(inputs.events);
  const width = rowWidth(job);
  const k = uncertainty.length;
  const draws = new Float64Array(k);
  const shift = new Int32Array(prepared.length);
  const occurs = new Uint8Array(prepared.length);
  // One params object for all runs: every run sets each drawn parameter, and nothing of a run outlives it.
  const params: Record<ParameterName, number> = { ...inputs.params };
  const given = job.given;
  const draw = given ? (_u: unknown, _s: number, run: number, out: Float64Array) => out.set(given.subarray(run * k, run * k + k))
    : job.design === 'sobol' ? sobolDraws : drawRun;
  return (from, to) => {
    const out = new Float64Array((to - from) * width);
    for (let run = from; run < to; run++) {
      draw(uncertainty, seed, run, draws);
      shift.fill(0);
      occurs.fill(1);
      for (let i = 0; i < k; i++) {
        const u = uncertainty[i]!;
        if (u.kind === 'parameter') params[u.name] = draws[i]!;
        else if (u.kind === 'jitter') shift[u.index] = draws[i]!;
        else occurs[u.index] = draws[i]!;
      }
      const base = (run - from) * width;
      out.set(draws, base);
      milestoneDays(params as Params, timeline(prepared, shift, occurs), out.subarray(base + k, base + width));
    }
    return out;
  };
}
