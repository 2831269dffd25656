import { describe, expect, it } from 'vitest';
import { sobolDraws, sobolRuns } from '../../src/sweep/sobol/design.js';
import { sobolIndices } from '../../src/sweep/sobol/indices.js';
import { normalQuantile, quantile } from '../../src/sweep/sobol/quantile.js';
import type { UncertainInput } from '../../src/sweep/uncertainty.js';

const X = (key: string): UncertainInput => ({ kind: 'parameter', key, name: key as never, wholeDays: false, dist: { kind: 'uniform', min: -Math.PI, max: Math.PI } });
const ISHIGAMI = [X('x1'), X('x2'), X('x3')];
const [a, b] = [7, 0.1];
const ishigami = ([x1, x2, x3]: Float64Array) => Math.sin(x1!) + a * Math.sin(x2!) ** 2 + b * x3! ** 4 * Math.sin(x1!);

// The known answer (Ishigami and Homma 1990; as SALib's tests state it).
const V1 = 0.5 * (1 + (b * Math.PI ** 4) / 5) ** 2;
const V2 = a ** 2 / 8;
const V13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const V = V1 + V2 + V13;
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

/** The outputs of a Saltelli design of `base` rows on Ishigami's function. */
function outputs(base: number, seed: number): Float64Array {
  const y = new Float64Array(sobolRuns(base, 3));
  for (let run = 0; run < y.length; run++) y[run] = ishigami(sobolDraws(ISHIGAMI, seed, run));
  return y;
}

describe('Sobol indices by Saltelli sampling and Jansen\'s estimators', () => {
  it('the known indices of Ishigami\'s function: S1 0.314, 0.442, 0; ST 0.558, 0.442, 0.244', () => {
    expect(S1.map((s) => +s.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(ST.map((s) => +s.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
    const got = sobolIndices(outputs(20_000, 7), 3, 7)!;
    got.forEach((g, i) => {
      expect(Math.abs(g.S1 - S1[i]!)).toBeLessThan(0.03);
      expect(Math.abs(g.ST - ST[i]!)).toBeLessThan(0.03);
      expect(g.S1_conf[0]).toBeLessThan(g.S1);
      expect(g.S1_conf[1]).toBeGreaterThan(g.S1);
    });
  });

  it('95% intervals that hold the true index in about 95 of 100 independent designs, and are not wide for it', { timeout: 60_000 }, () => {
    const covered = new Array<number>(6).fill(0);
    let width = 0;
    const designs = 100;
    for (let seed = 0; seed < designs; seed++) {
      sobolIndices(outputs(1000, 1000 + seed), 3, seed, 200)!.forEach((g, i) => {
        if (g.S1_conf[0] <= S1[i]! && S1[i]! <= g.S1_conf[1]) covered[i]!++;
        if (g.ST_conf[0] <= ST[i]! && ST[i]! <= g.ST_conf[1]) covered[3 + i]!++;
        width += g.S1_conf[1] - g.S1_conf[0] + g.ST_conf[1] - g.ST_conf[0];
      });
    }
    // Binomial(100, 0.95) has sd 2.2: 85 is more than four below.
    for (const c of covered) expect(c).toBeGreaterThanOrEqual(85);
    expect(width / (designs * 6)).toBeLessThan(0.25);
  });

  it('lay out each base row as SALib does: A, then A with one column of B, then B', () => {
    const k = 3;
    const rows = Array.from({ length: k + 2 }, (_, slot) => [...sobolDraws(ISHIGAMI, 7, 5 * (k + 2) + slot)]);
    const [A, B] = [rows[0]!, rows[k + 1]!];
    for (let i = 0; i < k; i++) expect(rows[1 + i]).toEqual(A.map((x, c) => (c === i ? B[c] : x)));
    expect(A.every((x, c) => x !== B[c])).toBe(true);
  });

  it('give no indices for an output that never varies', () => {
    expect(sobolIndices(new Float64Array(sobolRuns(50, 3)).fill(4), 3, 7)).toBeUndefined();
  });
});

describe('inverse CDFs of the inputs', () => {
  it('Φ⁻¹ matches known quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('each kind of input lands where its distribution puts that probability', () => {
    const days: UncertainInput = { kind: 'parameter', key: 'd', name: 'dueDiligenceDays', wholeDays: true, dist: { kind: 'triangular', min: 2, mode: 4, max: 10 } };
    expect(quantile(days, 0)).toBe(2);
    expect(quantile(days, 0.25)).toBe(4); // F(4) = 2/8 = 0.25
    expect(quantile({ kind: 'jitter', key: 'j', event: 'e', index: 0, min: -2, max: 3 }, 0.999)).toBe(3);
    expect(quantile({ kind: 'jitter', key: 'j', event: 'e', index: 0, min: -2, max: 3 }, 0)).toBe(-2);
    expect(quantile({ kind: 'occurs', key: 'o', event: 'e', index: 0, p: 0.3 }, 0.29)).toBe(1);
    expect(quantile({ kind: 'occurs', key: 'o', event: 'e', index: 0, p: 0.3 }, 0.31)).toBe(0);
    const choice: UncertainInput = { kind: 'parameter', key: 'c', name: 'letterDraftingDays', wholeDays: true, dist: { kind: 'choice', values: [2, 3, 5] } };
    expect([0.1, 0.5, 0.9].map((p) => quantile(choice, p))).toEqual([2, 3, 5]);
    const normal: UncertainInput = { kind: 'parameter', key: 'n', name: 'finalApprovalMargin', wholeDays: false, dist: { kind: 'normal', mean: 0.02, sd: 0.01, min: 0, max: 0.03 } };
    expect(quantile(normal, 0.975)).toBe(0.03);
    expect(quantile(normal, 0.6)).toBeCloseTo(0.02 + 0.01 * 0.253347, 6);
  });
});
