import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { loadSweepJob } from '../../src/sweep/load-job.js';
import { scenarioText, tempScenario } from '../helpers/scenario.js';

const withUncertainty = (block: string) => tempScenario(`${scenarioText()}uncertainty:\n${block}`);

function problemsOf(block: string): string[] {
  try {
    loadSweepJob(withUncertainty(block));
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems.map((p) => `${p.line ?? '-'}:${p.col ?? '-'} ${p.message}`);
  }
  throw new Error('expected the uncertainty block to be rejected');
}

describe('an uncertainty block', () => {
  it('reads parameters with each distribution and events with jitter and probability, in file order', () => {
    const job = loadSweepJob(withUncertainty([
      '  - parameter: finalApprovalMargin', '    dist: { triangular: [-0.05, 0, 0.05] }',
      '  - parameter: principalsSupportThreshold', '    dist: { uniform: [0.5, 0.6] }',
      '  - parameter: inPrincipleMargin', '    dist: { normal: [-0.1, 0.05] }',
      '  - parameter: letterDraftingDays', '    dist: { choice: [2, 3, 5] }',
      '  - event: call', '    probability: 0.25', '    jitter_days: [-2, 3]',
    ].join('\n')));
    expect(job.uncertainty.map((u) => u.key)).toEqual([
      'finalApprovalMargin', 'principalsSupportThreshold', 'inPrincipleMargin', 'letterDraftingDays', 'call.occurs', 'call.jitter_days',
    ]);
    expect(job.uncertainty[2]).toMatchObject({ dist: { kind: 'normal', mean: -0.1, sd: 0.05, min: -1, max: 1 } });
    expect(job.uncertainty[3]).toMatchObject({ wholeDays: true, dist: { kind: 'choice', values: [2, 3, 5] } });
    expect(job.uncertainty[5]).toMatchObject({ kind: 'jitter', index: 0, min: -2, max: 3 });
  });

  it('is optional: a scenario without one sweeps to identical runs', () => {
    expect(loadSweepJob(tempScenario(scenarioText())).uncertainty).toEqual([]);
  });

  it('names unknown parameters and events with the nearest match, at their line and column', () => {
    expect(problemsOf([
      '  - parameter: finalAproovalMargin', '    dist: { uniform: [0, 0.1] }',
      '  - event: cal', '    probability: 0.5',
    ].join('\n'))).toEqual([
      '14:16 unknown parameter "finalAproovalMargin" (did you mean "finalApprovalMargin"?); see machines/parameters.ts',
      '16:12 unknown event "cal" (did you mean "call"?); name the id of one of this scenario\'s events',
    ]);
  });

  it('checks bounds: the distribution\'s own shape and the parameter\'s range', () => {
    const problems = problemsOf([
      '  - parameter: finalApprovalMargin', '    dist: { uniform: [0.2, 0.1] }',
      '  - parameter: advisorsSupportThreshold', '    dist: { triangular: [0.4, 0.9, 1.2] }',
      '  - parameter: letterDraftingDays', '    dist: { choice: [2, 2.5] }',
      '  - parameter: dueDiligenceDays', '    dist: { normal: [7, 0] }',
      '  - event: call', '    probability: 1.5', '    jitter_days: [3, -2]',
    ].join('\n'));
    expect(problems).toEqual([
      '15:22 uniform: expected [min, max] with min < max; found [0.2,0.1]',
      '17:25 triangular: advisorsSupportThreshold is a threshold from 0 to 1; found [0.4,0.9,1.2]',
      '19:21 choice: letterDraftingDays counts whole days; found [2,2.5]',
      '21:21 normal: the standard deviation must be above 0; found [7,0]',
      '23:18 probability: expected a number from 0 to 1; found 1.5',
      '24:18 jitter_days: expected [earliest, latest] whole days with earliest ≤ latest, within ±365 (e.g. [-2, 3]); found [3,-2]',
    ]);
  });

  it('rejects unknown fields and distributions with suggestions, and duplicates', () => {
    expect(problemsOf([
      '  - parameter: finalApprovalMargin', '    dist: { uniforn: [0, 0.1] }',
      '  - event: call', '    jiter_days: [0, 1]',
      '  - parameter: finalApprovalMargin', '    dist: { uniform: [0, 0.1] }',
    ].join('\n'))).toEqual([
      '15:22 unknown distribution "uniforn" (did you mean "uniform"?); expected uniform, triangular, normal, choice',
      '16:12 uncertainty.1: say how "call" is uncertain: jitter_days: [-2, 3] and/or probability: 0.3',
      '17:5 unknown field "jiter_days" in uncertainty.1 (did you mean "jitter_days"?); an event entry takes event, jitter_days, probability',
      '18:16 "finalApprovalMargin" is already uncertain (entry 1); give each parameter one entry',
    ]);
  });

  it('asks for a list of entries', () => {
    expect(problemsOf('  finalApprovalMargin: 0.1\n')).toEqual([
      '14:3 uncertainty: expected array; found a mapping',
    ]);
  });
});
