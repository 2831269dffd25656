import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS, WINDOWS, inWindow, readGuard } from '../../machines/index.js';
import { evolve, foldRun, milestoneDates, simulate, type RunResult } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE } from '../helpers/scenario.js';

const scenario = loadScenario(BASELINE);
const run = simulate(scenario.inputs);
const dates = milestoneDates(foldRun(run));

describe('the historical baseline', () => {
  it('has the nine milestones of the contract, in order', () => {
    expect(Object.keys(dates)).toEqual(MILESTONE_IDS);
    expect(Object.keys(WINDOWS)).toEqual(MILESTONE_IDS);
  });

  // The record's windows (machines/windows.ts): where a faithful baseline must land.
  for (const id of MILESTONE_IDS) {
    it(`${id} falls within ${WINDOWS[id].from} … ${WINDOWS[id].to}`, () => {
      expect(dates[id]).not.toBeNull();
      expect(inWindow(id, dates[id]), `${id} on ${dates[id]}`).toBe(true);
    });
  }

  it('reads a window as inclusive days, and never reached as outside it', () => {
    expect([WINDOWS['principals-agree'].from, WINDOWS['principals-agree'].to]).toEqual(['2024-05-20', '2024-05-24']);
    expect(['2024-05-19', '2024-05-20', '2024-05-24', '2024-05-25'].map((d) => inWindow('principals-agree', d))).toEqual([false, true, true, false]);
    expect(inWindow('principals-agree', null)).toBe(false);
  });

  it('ends with the policy in effect and confirmed', () => {
    expect(foldRun(run).machines.decision).toEqual({ path: 'path.inEffect', publicity: 'publicity.confirmed' });
  });

  it('has at least 30 input events, each with a summary and sources', () => {
    const inputs = run.events.filter((e) => e.kind === 'input');
    expect(inputs.length).toBeGreaterThanOrEqual(30);
    for (const e of inputs) {
      expect(e.sources.length, e.type).toBeGreaterThan(0);
      expect(e.kind === 'input' && e.data.summary.length).toBeGreaterThan(10);
    }
  });

  it('takes every decision inside the model: no input names a decision', () => {
    const decisionTypes = new Set(run.events.filter((e) => e.kind === 'decision').map((e) => e.type));
    for (const e of scenario.inputs.events) expect(decisionTypes.has(e.type)).toBe(false);
  });

  it('gives each decision the seq of the event that caused it, always earlier', () => {
    for (const e of run.events) {
      if (e.kind === 'decision') {
        expect(e.cause).not.toBeNull();
        expect(e.cause!).toBeLessThan(e.seq);
      }
    }
  });

  it('traces the formal request to the secure video call of 05-13', () => {
    const request = run.events.find((e) => e.type === 'request.received')!;
    let cur = request;
    while (cur.cause !== null) cur = run.events[cur.cause - 1]!;
    expect(cur.kind === 'input' && cur.data.id).toBe('secure-video-call');
  });

  it('records the guard that carried the final approval, with the margin it held by', () => {
    const final = run.events.find((e) => e.type === 'president.final-approval')!;
    expect(final.kind === 'decision' && final.data.guard?.holds).toBe(true);
    expect(final.kind === 'decision' && final.data.guard!.margin).toBeGreaterThanOrEqual(0);
  });
});

describe('determinism and the fold', () => {
  it('two runs of the same scenario give identical event lists', () => {
    const again = simulate(loadScenario(BASELINE).inputs);
    expect(JSON.stringify(again)).toBe(JSON.stringify(run));
  });

  it('the fold at every seq matches folding one more event onto the previous state, which stays as it was', () => {
    let prev = foldRun(run, 0);
    for (let n = 1; n <= run.events.length; n++) {
      // A timeline keeps states as snapshots and folds on from them: evolve must leave them as they were.
      const before = structuredClone(prev);
      const next = evolve(prev, run.events[n - 1]!);
      expect(prev).toEqual(before);
      const state = foldRun(run, n);
      expect(next).toEqual(state);
      expect(state.seq).toBe(n);
      expect(state.date).toBe(run.events[n - 1]!.date);
      prev = state;
    }
    expect(prev.machines.kyiv).toEqual({ border: 'border.authorized', wider: 'wider.content' });
  });

  it('the ledger folded from the log matches what the guards read when each decision was taken', () => {
    let checked = 0;
    for (const e of run.events) {
      if (e.kind !== 'decision' || !e.data.guard) continue;
      const before = foldRun(run, e.seq - 1);
      expect(readGuard(e.data.guard.guard, before.ledger, run.inputs.params)).toEqual(e.data.guard);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('carries the aid lag: stocks stay drained through May and refill when the aid reaches the front', () => {
    const arrived = run.events.find((e) => e.type === 'aid.arrived')!;
    expect(arrived.date).toBe('2024-06-05'); // 2024-04-24 + aidToFrontDays
    expect(foldRun(run, arrived.seq - 1).ledger.ukraineStocks).toBeCloseTo(0.25, 6);
    expect(foldRun(run as RunResult).ledger.ukraineStocks).toBeCloseTo(0.65, 6);
  });

  it('events come in date order', () => {
    const dates = run.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
