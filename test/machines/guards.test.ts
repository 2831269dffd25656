import { describe, expect, it } from 'vitest';
import { GUARDS, defaultParams, measure, readGuard, type GuardName, type Params } from '../../machines/index.js';
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
    expect(dry).toBe(1);
    expect(full).toBeCloseTo(1 - params.stockCushion, 6);
  });

  it('net is the case minus the restraint', () => {
    const m = measure(CLOSE_CASE, params);
    expect(m.net).toBeCloseTo(m.support - m.restraint, 6);
  });
});
