import { describe, expect, it } from 'vitest';
import { daysBetween, simulate, simulateReference } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';

/*
 * A paced step says in the log how long it took and why; the log must agree with the calendar:
 * the step its delay leads to comes exactly that many days later, on either stepper.
 */
describe('a shortened step in the log', () => {
  const files = shippedScenarios();
  const paced = files.map((f) => ({ f, run: simulate(loadScenario(f).inputs) }))
    .flatMap(({ f, run }) => run.events.flatMap((e) => (e.kind === 'decision' && e.data.pace ? [{ f, run, e, pace: e.data.pace }] : [])));

  it('some scenario of the library has one (no-armavir-strike\'s letter)', () => {
    expect(paced.some(({ f, pace }) => f.endsWith('no-armavir-strike.yaml') && pace.delay === 'letterDraftingDays' && pace.days === 2 && pace.base === 3)).toBe(true);
  });

  it('each is shorter than its recorded time, no shorter than its bound, with urgency above 0', () => {
    for (const { run, pace } of paced) {
      expect(pace.days).toBeLessThan(pace.base);
      expect(pace.days).toBeGreaterThanOrEqual(pace.base * (1 - run.inputs.params.paceMaxCut));
      expect(pace.urgency).toBeGreaterThan(0);
    }
  });

  it('the step its delay leads to comes that many days later, and XState gives the same log', () => {
    for (const { f, run, e, pace } of paced) {
      const next = run.events.find((n) => n.cause === e.seq && n.kind === 'decision' && n.data.machine === e.data.machine && n.seq > e.seq);
      expect(next, `${f}: the step after ${e.type}`).toBeDefined();
      expect(daysBetween(e.date, next!.date), `${f}: ${e.type}`).toBe(pace.days);
    }
    for (const f of new Set(paced.map((p) => p.f))) expect(simulateReference(loadScenario(f).inputs).events).toEqual(simulate(loadScenario(f).inputs).events);
  });
});
