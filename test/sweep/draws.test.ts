import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRun, runSeed } from '../../src/sweep/draws.js';
import { binCount, binOf } from '../../src/sweep/distributions.js';
import type { UncertainInput } from '../../src/sweep/uncertainty.js';

const INPUTS: UncertainInput[] = [
  { kind: 'parameter', key: 'u', name: 'principalsSupportThreshold', wholeDays: false, dist: { kind: 'uniform', min: 0.5, max: 0.6 } },
  { kind: 'parameter', key: 't', name: 'finalApprovalMargin', wholeDays: false, dist: { kind: 'triangular', min: -0.05, mode: 0.04, max: 0.05 } },
  { kind: 'parameter', key: 'n', name: 'dueDiligenceDays', wholeDays: true, dist: { kind: 'normal', mean: 7, sd: 3, min: 4, max: 10 } },
  { kind: 'parameter', key: 'c', name: 'letterDraftingDays', wholeDays: true, dist: { kind: 'choice', values: [2, 3, 5] } },
  { kind: 'jitter', key: 'j', event: 'e', index: 0, min: -2, max: 3 },
  { kind: 'occurs', key: 'o', event: 'e', index: 0, p: 0.3 },
];

/** Many runs' draws, one column per input. */
function columns(seed: number, runs: number): number[][] {
  const out: number[][] = INPUTS.map(() => []);
  for (let r = 0; r < runs; r++) drawRun(INPUTS, seed, r).forEach((v, i) => out[i]!.push(v));
  return out;
}

describe('draws', () => {
  it('stay within each distribution\'s bounds, for any seed and run', () => {
    fc.assert(fc.property(fc.nat(2 ** 32 - 1), fc.nat(10_000_000), (seed, run) => {
      const [u, t, n, c, j, o] = drawRun(INPUTS, seed, run);
      expect(u).toBeGreaterThanOrEqual(0.5);
      expect(u).toBeLessThanOrEqual(0.6);
      expect(t).toBeGreaterThanOrEqual(-0.05);
      expect(t).toBeLessThanOrEqual(0.05);
      expect([4, 5, 6, 7, 8, 9, 10]).toContain(n);
      expect([2, 3, 5]).toContain(c);
      expect([-2, -1, 0, 1, 2, 3]).toContain(j);
      expect([0, 1]).toContain(o);
      INPUTS.forEach((input, i) => {
        const bin = binOf(input, [u, t, n, c, j, o][i]!);
        expect(bin).toBeGreaterThanOrEqual(0);
        expect(bin).toBeLessThan(binCount(input));
      });
    }), { numRuns: 500 });
  });

  it('follow their distributions: means, the clipped normal\'s mass at its bounds, the probability', () => {
    const [u, t, n, c, j, o] = columns(7, 20_000);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(u!)).toBeCloseTo(0.55, 2);
    expect(mean(t!)).toBeCloseTo((-0.05 + 0.04 + 0.05) / 3, 2);
    expect(mean(j!)).toBeCloseTo(0.5, 1);
    expect(mean(o!)).toBeCloseTo(0.3, 1);
    // sd 3 around 7, clipped to 4..10 then rounded: whatever falls below 4.5 lands on 4, Φ(−0.83) ≈ 20%.
    expect(n!.filter((x) => x === 4).length / n!.length).toBeCloseTo(0.2, 1);
    expect(n!.filter((x) => x === 10).length / n!.length).toBeCloseTo(0.2, 1);
    for (const v of [2, 3, 5]) expect(c!.filter((x) => x === v).length / c!.length).toBeCloseTo(1 / 3, 1);
  });

  it('depend on the seed and the run index alone', () => {
    const alone = [...drawRun(INPUTS, 7, 123)];
    // As a worker draws them: other runs first, in any order, into the one buffer it reuses.
    const buffer = new Float64Array(INPUTS.length);
    for (let r = 200; r >= 0; r -= 7) drawRun(INPUTS, 7, r, buffer);
    expect([...drawRun(INPUTS, 7, 123, buffer)]).toEqual(alone);
    expect([...drawRun(INPUTS, 7, 124)]).not.toEqual(alone);
    expect([...drawRun(INPUTS, 8, 123)]).not.toEqual(alone);
    expect(new Set(Array.from({ length: 1000 }, (_, r) => runSeed(7, r))).size).toBe(1000);
  });

  it('keep continuous values to six decimals and days whole', () => {
    const [u, t, n] = drawRun(INPUTS, 3, 5);
    expect(Math.round(u! * 1e6) / 1e6).toBe(u);
    expect(Math.round(t! * 1e6) / 1e6).toBe(t);
    expect(Number.isInteger(n)).toBe(true);
  });
});
