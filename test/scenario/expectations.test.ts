import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/index.js';
import { describeExpectation, evaluateExpectation, type Expectation } from '../../src/scenario/expectations.js';

/** A run whose log holds final approval on `date` (or nothing, when null). */
function runWithApproval(date: string | null): RunResult {
  const events = date === null ? [] : [{
    seq: 1, date, type: 'president.final-approval', actor: 'president', sources: [], kind: 'decision', cause: null,
    data: { machine: 'decision', state: 'path.approved.finalApproval', says: 'yes' },
  }];
  return { events } as unknown as RunResult;
}

const holds = (x: Omit<Expectation, 'milestone'>, date: string | null) =>
  evaluateExpectation({ milestone: 'final-approval', ...x }, runWithApproval(date)).holds;

describe('expectation semantics', () => {
  it('on is the very day; before and after are strict', () => {
    expect(holds({ on: '2024-05-24' }, '2024-05-24')).toBe(true);
    expect(holds({ on: '2024-05-24' }, '2024-05-25')).toBe(false);
    expect(holds({ before: '2024-05-24' }, '2024-05-23')).toBe(true);
    expect(holds({ before: '2024-05-24' }, '2024-05-24')).toBe(false);
    expect(holds({ after: '2024-05-24' }, '2024-05-25')).toBe(true);
    expect(holds({ after: '2024-05-24' }, '2024-05-24')).toBe(false);
  });

  it('between includes both ends', () => {
    expect(holds({ between: ['2024-05-23', '2024-05-28'] }, '2024-05-23')).toBe(true);
    expect(holds({ between: ['2024-05-23', '2024-05-28'] }, '2024-05-28')).toBe(true);
    expect(holds({ between: ['2024-05-23', '2024-05-28'] }, '2024-05-29')).toBe(false);
  });

  it('a date condition fails for a milestone never reached, unless orNever; never holds only when it never came', () => {
    expect(holds({ after: '2024-05-24' }, null)).toBe(false);
    expect(holds({ before: '2024-05-24' }, null)).toBe(false);
    expect(holds({ after: '2024-05-24', orNever: true }, null)).toBe(true);
    expect(holds({ after: '2024-05-24', orNever: true }, '2024-05-20')).toBe(false);
    expect(holds({ never: true }, null)).toBe(true);
    expect(holds({ never: true }, '2024-05-24')).toBe(false);
  });

  it('gives the actual date and says the expectation in words', () => {
    const r = evaluateExpectation({ milestone: 'final-approval', after: '2024-05-24', orNever: true }, runWithApproval('2024-05-28'));
    expect(r).toMatchObject({ holds: true, actual: '2024-05-28' });
    expect(describeExpectation(r.expectation)).toBe('final-approval after 2024-05-24, or never');
    expect(describeExpectation({ event: 'decision.leaked', between: ['2024-05-20', '2024-05-22'] })).toBe('decision.leaked between 2024-05-20 and 2024-05-22');
  });
});
