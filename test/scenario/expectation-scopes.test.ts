import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { evaluateExpectation } from '../../src/scenario/expectations.js';

const run = simulate(loadScenario('scenarios/deep-strikes-request.yaml').inputs);

describe('expectations name their request', () => {
  it('a milestone without a scope is the Kharkiv request\'s, never a further request\'s', () => {
    expect(evaluateExpectation({ milestone: 'formal-request', on: '2024-05-13' }, run)).toMatchObject({ holds: true, actual: '2024-05-13' });
    expect(evaluateExpectation({ milestone: 'formal-request', scope: 'deep-strikes', on: '2024-06-01' }, run).holds).toBe(true);
  });

  it('a recorded event is matched within its request: the refusal is the deep-strike request\'s alone', () => {
    expect(evaluateExpectation({ event: 'president.refused', never: true }, run).holds).toBe(true);
    expect(evaluateExpectation({ event: 'president.refused', scope: 'deep-strikes', on: '2024-06-03' }, run).holds).toBe(true);
  });

  it('an actor\'s event (no request of its own) matches whatever the scope', () => {
    expect(evaluateExpectation({ event: 'kyiv.requested-wider', on: '2024-06-01' }, run).holds).toBe(true);
  });
});
