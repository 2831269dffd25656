import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { runState } from '../draws.js';
import type { UncertainInput } from '../uncertainty.js';
import { quantile } from './quantile.js';

/** Runs of a Saltelli design with `base` rows and k inputs: N × (k + 2). */
export const sobolRuns = (base: number, k: number): number => base * (k + 2);

const STATE = new Int32Array(4);
const U = { a: new Float64Array(0), b: new Float64Array(0) };

/**
 * The draws of run `run` of a Saltelli design (Saltelli et al. 2010): base row
 * j = ⌊run / (k + 2)⌋ draws two rows of k uniforms, A_j and B_j, from its own
 * generator (seeded from (seed, j) as a plain sweep's run j is); slot 0 of the
 * row is A_j, slot k + 1 is B_j, slot 1 + i is A_j with input i taken from
 * B_j (AB_i, SALib's order). Uniforms become draws through each input's
 * inverse CDF. Depends on (seed, run) alone, so workers and order never show.
 */
export function sobolDraws(inputs: readonly UncertainInput[], seed: number, run: number, out = new Float64Array(inputs.length)): Float64Array {
  const k = inputs.length;
  const j = Math.floor(run / (k + 2));
  const slot = run % (k + 2);
  if (U.a.length !== k) {
    U.a = new Float64Array(k);
    U.b = new Float64Array(k);
  }
  const rng = xoroshiro128plusFromState(runState(seed, j, STATE) as unknown as number[]);
  for (let i = 0; i < k; i++) U.a[i] = uniformFloat64(rng);
  for (let i = 0; i < k; i++) U.b[i] = uniformFloat64(rng);
  for (let i = 0; i < k; i++) {
    const fromB = slot === k + 1 || slot === 1 + i;
    out[i] = quantile(inputs[i]!, fromB ? U.b[i]! : U.a[i]!);
  }
  return out;
}
