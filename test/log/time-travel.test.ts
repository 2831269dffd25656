import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeline, evolve, foldRun, initialRunState, simulate } from '../../src/engine/index.js';
import { formatLog, parseLog } from '../../src/log/index.js';
import { longScenario } from '../helpers/long-scenario.js';

// A long run read back from its log: what `state` and the TUI step through.
const long = parseLog(formatLog(simulate(longScenario(400, 5))), 'long.jsonl').run;

describe('time travel over a log', () => {
  it('the state from the nearest snapshot equals the full fold at every seq, for any snapshot spacing', () => {
    for (const every of [1, 16, 100, 256, 10_000]) {
      const t = createTimeline(long, every);
      let full = initialRunState(long);
      expect(t.stateAt(0)).toEqual(full);
      for (const event of long.events) {
        full = evolve(full, event);
        expect(t.stateAt(event.seq)).toEqual(full);
      }
    }
  });

  it('the state on a day is the fold through that day\'s last event, for every day the run spans', () => {
    const t = createTimeline(long, 32);
    const days = [...new Set(long.events.map((e) => e.date))];
    for (const day of days) {
      const last = long.events.findLast((e) => e.date <= day)!;
      expect(t.stateOn(day)).toEqual(foldRun(long, last.seq));
    }
  });

  it('holds for random runs and random spacings (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 40 }), fc.integer({ min: 1, max: 64 }), (seed, inputs, every) => {
      const run = simulate(longScenario(inputs, seed));
      const t = createTimeline(run, every);
      for (let seq = 0; seq <= run.events.length; seq++) expect(t.stateAt(seq)).toEqual(foldRun(run, seq));
    }), { numRuns: 15, seed: 42 });
  });
});
