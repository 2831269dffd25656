import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { runFast } from '../../src/sweep/run-fast.js';

const SCENARIOS = shippedScenarios();

describe('the compiled stepper against the reference engine', () => {
  for (const file of SCENARIOS) {
    it(`${file}: the same log, event for event`, () => {
      const { inputs } = loadScenario(file);
      const reference = simulate(inputs);
      const fast = runFast(inputs);
      expect(fast.events.length).toBeGreaterThan(inputs.events.length);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
    });
  }
});
