import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { drawInput } from './distributions.js';
import type { UncertainInput } from './uncertainty.js';

/**
 * The seed of run `run` of a sweep seeded with `seed`: a hash of the two, so a
 * run's draws depend on nothing else (not on workers, shards or order).
 *
 * @example
 *   runSeed(7, 0) === runSeed(7, 0) // true, in any process
 */
export function runSeed(seed: number, run: number): number {
  return fmix32(fmix32(seed ^ 0x9e3779b9) ^ Math.imul(run + 1, 0x85ebca6b));
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The draws of one run, one per uncertain input in the scenario's order. */
export function drawRun(inputs: readonly UncertainInput[], seed: number, run: number, out = new Float64Array(inputs.length)): Float64Array {
  const rng = xoroshiro128plus(runSeed(seed, run));
  for (let i = 0; i < inputs.length; i++) out[i] = drawInput(inputs[i]!, rng);
  return out;
}
