import { describe, expect, it } from 'vitest';
import { measure } from '../../machines/index.js';
import { foldRun, simulate } from '../../src/engine/index.js';
import { contributions } from '../../src/explain/contributions.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE } from '../helpers/scenario.js';

const run = simulate(loadScenario(BASELINE).inputs);
const params = run.inputs.params;

describe('contributions', () => {
  it('each event\'s share is the measure after it minus before it, and the shares add up to the change over the run', () => {
    for (const q of ['kharkivThreat', 'support', 'restraint', 'net', 'ukraineStocks'] as const) {
      const list = contributions(run, q);
      for (const c of list) expect(c.after - c.before).toBeCloseTo(c.delta, 6);
      for (let i = 1; i < list.length; i++) expect(list[i]!.before).toBeCloseTo(list[i - 1]!.after, 6);
      const start = q === 'ukraineStocks' ? run.initialLedger.ukraineStocks : measure(run.initialLedger, params)[q];
      const end = q === 'ukraineStocks' ? foldRun(run).ledger.ukraineStocks : measure(foldRun(run).ledger, params)[q];
      expect(start + list.reduce((s, c) => s + c.delta, 0)).toBeCloseTo(end, 5);
    }
  });

  it('names the inputs and the machine decisions that moved the danger to Kharkiv, with their dates and sources', () => {
    const list = contributions(run, 'kharkivThreat');
    const offensive = list.find((c) => c.name === 'kharkiv-offensive-begins')!;
    expect(offensive).toMatchObject({ date: '2024-05-10', kind: 'input', sources: ['politico-2024-05-31', 'ap-2024-05-31'] });
    expect(offensive.delta).toBeGreaterThan(0.15);
    const aid = list.find((c) => c.name === 'aid.arrived')!;
    expect(aid).toMatchObject({ date: '2024-06-05', kind: 'decision' });
    expect(aid.delta).toBeLessThan(0);
    expect(aid.sources).toEqual(['wapo-2024-05-30', 'public-record']); // the signing it came from
    expect(list.some((c) => c.name === 'cameron-kyiv-remarks')).toBe(false); // moved nothing here
  });

  it('stops where asked', () => {
    const upTo = run.events.find((e) => e.type === 'president.final-approval')!.seq;
    const list = contributions(run, 'net', upTo);
    expect(list.at(-1)!.seq).toBeLessThanOrEqual(upTo);
    expect(list.map((c) => c.name)).not.toContain('putin-tashkent-warning');
    expect(list.at(-1)!.after).toBeCloseTo(run.events[upTo - 1]!.kind === 'decision' ? (run.events[upTo - 1] as any).data.guard.value : NaN, 6);
  });
});
