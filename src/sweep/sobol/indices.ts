import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { runState } from '../draws.js';

/** One input's Sobol indices, each with its bootstrap 95% interval. */
export interface SobolIndex {
  /** First order: the share of the output's variance this input explains alone. */
  readonly S1: number;
  readonly S1_conf: readonly [number, number];
  /** Total order: its share with every interaction it takes part in. */
  readonly ST: number;
  readonly ST_conf: readonly [number, number];
}

/** SALib's default is 100 resamples; 500 keep the intervals' own noise small at little cost. */
export const RESAMPLES = 500;
/** z for a two-sided 95% interval (SALib: norm.ppf(0.5 + 0.95 / 2)). */
const Z95 = 1.959963984540054;

/**
 * Sobol indices from a Saltelli design's outputs, `y` in run order (per base
 * row: A, AB_1 … AB_k, B), by Jansen's estimators (Saltelli et al. 2010,
 * table 2): with V the variance of the A and B outputs,
 *   S1_i = (V − ½·mean((f(B) − f(AB_i))²)) / V,   ST_i = ½·mean((f(A) − f(AB_i))²) / V.
 * Intervals as SALib's: the estimate ± z·sd over bootstrap resamples of the
 * base rows (drawn with replacement, from `seed`). Undefined when V is 0.
 *
 * @example sobolIndices(ishigami, 3, 7)[0].S1 // ≈ 0.314
 */
export function sobolIndices(y: ArrayLike<number>, k: number, seed: number, resamples = RESAMPLES): SobolIndex[] | undefined {
  const n = Math.floor(y.length / (k + 2));
  const all = Array.from({ length: n }, (_, j) => j);
  const point = estimate(y, k, all);
  if (!point) return undefined;
  const rng = xoroshiro128plusFromState(runState(seed, Number.MAX_SAFE_INTEGER) as unknown as number[]);
  const pick = new Array<number>(n);
  const s1 = Array.from({ length: k }, () => new Float64Array(resamples));
  const st = Array.from({ length: k }, () => new Float64Array(resamples));
  let kept = 0;
  for (let r = 0; r < resamples; r++) {
    for (let j = 0; j < n; j++) pick[j] = uniformInt(rng, 0, n - 1);
    const e = estimate(y, k, pick);
    if (!e) continue;
    for (let i = 0; i < k; i++) {
      s1[i]![kept] = e.s1[i]!;
      st[i]![kept] = e.st[i]!;
    }
    kept++;
  }
  return point.s1.map((S1, i) => {
    const ST = point.st[i]!;
    const h1 = Z95 * sd(s1[i]!, kept);
    const hT = Z95 * sd(st[i]!, kept);
    return { S1, S1_conf: [S1 - h1, S1 + h1], ST, ST_conf: [ST - hT, ST + hT] };
  });
}

function estimate(y: ArrayLike<number>, k: number, rows: readonly number[]): { s1: number[]; st: number[] } | undefined {
  const w = k + 2;
  let sum = 0;
  let sumSq = 0;
  for (const j of rows) {
    const a = y[j * w]!;
    const b = y[j * w + k + 1]!;
    sum += a + b;
    sumSq += a * a + b * b;
  }
  const m = rows.length * 2;
  const v = (sumSq - (sum * sum) / m) / (m - 1);
  if (!(v > 1e-12)) return undefined;
  const s1: number[] = [];
  const st: number[] = [];
  for (let i = 0; i < k; i++) {
    let dB = 0;
    let dA = 0;
    for (const j of rows) {
      const ab = y[j * w + 1 + i]!;
      dB += (y[j * w + k + 1]! - ab) ** 2;
      dA += (y[j * w]! - ab) ** 2;
    }
    s1.push((v - dB / (2 * rows.length)) / v);
    st.push(dA / (2 * rows.length) / v);
  }
  return { s1, st };
}

function sd(xs: Float64Array, n: number): number {
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += xs[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}
