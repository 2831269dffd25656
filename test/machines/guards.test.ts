import { describe, expect, it } from 'vitest';
import { GUARDS, applyEffects, defaultParams, felt, measure, readGuard, type GuardName, type Params } from '../../machines/index.js';
import { CLOSE_CASE } from '../helpers/ledgers.js';

const params = defaultParams();

describe('each guard at its boundary', () => {
  for (const name of Object.keys(GUARDS) as GuardName[]) {
    const g = GUARDS[name];
    it(`${name}: ${g.measure} ${g.op} ${g.threshold}`, () => {
      const value = measure(CLOSE_CASE, params)[g.measure];
      const at = { ...params, [g.threshold]: value } as Params;
      const above = { ...params, [g.threshold]: value - 0.001 } as Params;
      const below = { ...params, [g.threshold]: value + 0.001 } as Params;
      if (g.op === '>=') {
        expect(readGuard(name, CLOSE_CASE, at).holds).toBe(true);
        expect(readGuard(name, CLOSE_CASE, above).holds).toBe(true);
        expect(readGuard(name, CLOSE_CASE, below).holds).toBe(false);
      } else {
        expect(readGuard(name, CLOSE_CASE, at).holds).toBe(false);
        expect(readGuard(name, CLOSE_CASE, below).holds).toBe(true);
        expect(readGuard(name, CLOSE_CASE, above).holds).toBe(false);
      }
    });
  }

  it('reports by how much a guard fell short', () => {
    const r = readGuard('presidentGivesFinalApproval', CLOSE_CASE, params);
    expect(r.holds).toBe(false);
    expect(r.margin).toBeCloseTo(r.value - r.threshold, 6);
    expect(r.margin).toBeLessThan(0);
  });
});

describe('measures', () => {
  it('full stocks blunt the danger to Kharkiv by the stock cushion', () => {
    const dry = measure({ ...CLOSE_CASE, ukraineStocks: 0 }, params).kharkivThreat;
    const full = measure({ ...CLOSE_CASE, ukraineStocks: 1 }, params).kharkivThreat;
    const pressure = felt(CLOSE_CASE.russianPressure, params);
    expect(dry).toBeCloseTo(pressure, 6);
    expect(full).toBeCloseTo(pressure * (1 - params.stockCushion * felt(1, params)), 6);
  });

  it('net is the case minus the restraint', () => {
    const m = measure(CLOSE_CASE, params);
    expect(m.net).toBeCloseTo(m.support - m.restraint, 6);
  });
});

describe('forces saturate gradually, not at a clip', () => {
  const k = params.saturationKnee;
  it('below the knee a level counts as written; above it every further push still counts, for less, and never past 1', () => {
    expect(felt(k - 0.1, params)).toBe(k - 0.1);
    const steps = [k, k + 0.1, k + 0.2, k + 0.4, k + 1].map((x) => felt(x, params));
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
      expect(steps[i]!).toBeLessThan(1);
      if (i > 1) expect(steps[i]! - steps[i - 1]!).toBeLessThan(steps[1]! - steps[0]!); // diminishing
    }
  });

  it('a stronger offensive on top of a full push raises the danger to Kharkiv, where a clip at 1 kept it flat', () => {
    const full = { ...CLOSE_CASE, russianPressure: 1 };
    const more = applyEffects(full, { russianPressure: 0.2 });
    expect(more.russianPressure).toBeCloseTo(1.2, 6);
    expect(measure(more, params).kharkivThreat).toBeGreaterThan(measure(full, params).kharkivThreat);
  });

  it('a level has a floor at 0: draining empty stocks further changes nothing', () => {
    expect(applyEffects({ ...CLOSE_CASE, ukraineStocks: 0.1 }, { ukraineStocks: -0.3 }).ukraineStocks).toBe(0);
  });

  it('a knee of 1 is the old clip for levels up to 1', () => {
    const clip = { ...params, saturationKnee: 1 };
    expect(felt(0.95, clip)).toBe(0.95);
    expect(felt(1.3, clip)).toBe(1);
  });
});

