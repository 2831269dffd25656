import { describe, expect, it } from 'vitest';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { binomialUpperTail } from '../../src/sweep/discover/binomial.js';
import { prim } from '../../src/sweep/discover/prim.js';
import { isCase } from '../../src/sweep/discover/discover-sweep.js';

/** n runs of four inputs uniform on [0, 1] and a fifth that is 0 or 1; cases: x0 > 0.7 and x2 < 0.4 (90% of them), plus 2% noise. */
function synthetic(n: number, seed: number) {
  const rng = xoroshiro128plus(seed);
  const x = Array.from({ length: 5 }, () => new Float64Array(n));
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 4; j++) x[j]![i] = uniformFloat64(rng);
    x[4]![i] = uniformFloat64(rng) < 0.5 ? 1 : 0;
    const inBox = x[0]![i]! > 0.7 && x[2]![i]! < 0.4;
    y[i] = uniformFloat64(rng) < (inBox ? 0.9 : 0.02) ? 1 : 0;
  }
  return { x, y };
}

describe('PRIM', () => {
  const { x, y } = synthetic(5000, 11);
  const result = prim(x, y);

  it('finds the known box: x0 above 0.7 and x2 below 0.4, and nothing on the inputs that play no part', () => {
    expect(result.restrictions.map((r) => r.input)).toEqual([0, 2]);
    const [r0, r2] = result.restrictions;
    expect(r0!.low && !r0!.high).toBe(true);
    // The box is the first on the trajectory whose density reaches 80%, a peel or two before the true edges.
    expect(Math.abs(r0!.lo - 0.7)).toBeLessThan(0.07);
    expect(r2!.high && !r2!.low).toBe(true);
    expect(Math.abs(r2!.hi - 0.4)).toBeLessThan(0.07);
    for (const r of result.restrictions) expect(r.quasiP).toBeLessThan(1e-6);
    // 90% of the box's 12% of runs are cases, against about 13% of cases overall.
    expect(result.box.density).toBeGreaterThan(0.8);
    expect(result.box.coverage).toBeGreaterThan(0.7);
  });

  it('peels about 5% at a time (a 0-or-1 input: one of its values), each step denser than the last, coverage never rising', () => {
    const t = result.trajectory;
    expect(t[0]).toMatchObject({ runs: 5000, coverage: 1, mass: 1 });
    for (let i = 1; i < t.length; i++) {
      expect(t[i]!.density).toBeGreaterThan(t[i - 1]!.density);
      expect(t[i]!.coverage).toBeLessThanOrEqual(t[i - 1]!.coverage);
      const cut = t[i]!.box.findIndex(([lo, hi], j) => lo !== t[i - 1]!.box[j]![0] || hi !== t[i - 1]!.box[j]![1]);
      if (cut === 4) expect(t[i]!.box[4]![0]).toBe(t[i]!.box[4]![1]);
      else expect(t[i]!.runs / t[i - 1]!.runs).toBeGreaterThan(0.9);
    }
    expect(t[t.length - 1]!.mass).toBeGreaterThanOrEqual(0.05);
  });

  it('on an outcome no input explains, keeps no restriction', () => {
    const rng = xoroshiro128plus(3);
    const noise = Uint8Array.from(y, () => (uniformFloat64(rng) < 0.1 ? 1 : 0));
    expect(prim(x, noise).restrictions).toEqual([]);
  });
});

describe('the binomial test behind quasi-p', () => {
  it('gives known tails', () => {
    expect(binomialUpperTail(0, 10, 0.5)).toBe(1);
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 12);
    expect(binomialUpperTail(8, 10, 0.5)).toBeCloseTo(56 / 1024, 12);
    // scipy.stats.binomtest(60, 100, 0.5, alternative='greater').pvalue = 0.028443966820490392
    expect(binomialUpperTail(60, 100, 0.5)).toBeCloseTo(0.028443966820490392, 10);
  });
});

describe('the cases a condition names', () => {
  it('never, after a day (never counts as after) and before a day', () => {
    expect([-1, 5].map((d) => isCase({ milestone: 'final-approval', when: 'never' }, d))).toEqual([true, false]);
    expect([-1, 4, 5, 6].map((d) => isCase({ milestone: 'final-approval', when: 'after', day: 5 }, d))).toEqual([true, false, false, true]);
    expect([-1, 4, 5].map((d) => isCase({ milestone: 'in-effect', when: 'before', day: 5 }, d))).toEqual([false, true, false]);
  });
});
