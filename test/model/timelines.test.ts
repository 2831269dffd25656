import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldRun, simulate } from '../../src/engine/index.js';
import type { RunInputs } from '../../src/engine/types.js';
import { formatLog, parseLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { FUZZ_TIMEOUT_MS, fuzzParameters } from '../fuzz/fuzz-settings.js';
import { logViolations } from './log-invariants.js';
import { randomTimelineArb, shiftedBaselineArb } from './timelines.js';

/** Runs a timeline twice: the invariants hold, the two logs are the same bytes, and the log reads back to the same state. */
function check(inputs: RunInputs): { events: number } {
  const run = simulate(inputs);
  expect(logViolations(run)).toEqual([]);
  const text = formatLog(run);
  expect(formatLog(simulate(structuredClone(inputs)))).toBe(text);
  const back = parseLog(text, 'random.jsonl');
  expect(back.warnings).toEqual([]);
  expect(foldRun(back.run)).toEqual(foldRun(run));
  return { events: run.events.length };
}

describe('random input timelines: the invariants hold and the run is deterministic', () => {
  it('up to 30 inputs of any type, in any order, on any days, with parameters anywhere in their ranges', () => {
    fc.assert(fc.property(randomTimelineArb(30), (inputs) => {
      check(inputs);
    }), fuzzParameters(200));
  }, FUZZ_TIMEOUT_MS);

  it('the historical record with its dates shifted by up to three weeks, inputs dropped and listed out of order', () => {
    const reached = { request: 0, inEffect: 0 };
    fc.assert(fc.property(shiftedBaselineArb(21), (inputs) => {
      const run = simulate(inputs);
      if (run.events.some((e) => e.type === 'request.received')) reached.request++;
      if (run.events.some((e) => e.type === 'policy.in-effect')) reached.inEffect++;
      check(inputs);
    }), fuzzParameters(60));
    // The timelines reach the decision: the invariants about it are tested, not only vacuous.
    expect(reached.request).toBeGreaterThan(0);
    expect(reached.inEffect).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT_MS);

  it('the log check can fail: a log edited to send the letter before the final approval breaks it', () => {
    const run = simulate(loadScenario('scenarios/baseline.yaml').inputs);
    const letter = run.events.findIndex((e) => e.type === 'letter.sent');
    const approval = run.events.findIndex((e) => e.type === 'president.final-approval');
    expect(letter).toBeGreaterThan(approval);
    const swapped = run.events.map((e, i) => (i === approval ? { ...run.events[letter]!, seq: e.seq } : i === letter ? { ...run.events[approval]!, seq: e.seq } : e));
    expect(logViolations({ ...run, events: swapped as typeof run.events })).toEqual(expect.arrayContaining([expect.stringMatching(/letter\.sent .*: before president\.final-approval/)]));
  });
});
