import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate, simulateReference } from '../../src/engine/simulate.js';

const SCENARIOS = shippedScenarios();

describe('the engine (compiled machines) against the reference (XState transition())', () => {
  for (const file of SCENARIOS) {
    it(`${file}: the same log, event for event`, () => {
      const { inputs } = loadScenario(file);
      const reference = simulateReference(inputs);
      const fast = simulate(inputs);
      expect(fast.events.length).toBeGreaterThan(inputs.events.length);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
    });
  }
});
