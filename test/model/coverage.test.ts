import { describe, expect, it } from 'vitest';
import { MACHINE_IDS } from '../../machines/index.js';
import { statePaths } from './catalogue.js';
import { coverage, coverageTable, transitions } from './coverage.js';

describe('state and transition coverage of the tests', () => {
  const result = coverage(50);

  it('reads every state and written transition of every machine', () => {
    expect(result.rows.map((r) => r.machine)).toEqual(MACHINE_IDS);
    expect(statePaths('decision')).toEqual(expect.arrayContaining(['path.restricted', 'path.deferred', 'path.refused', 'path.inEffect', 'publicity.leaked']));
    expect(transitions('decision')).toEqual(expect.arrayContaining([
      'path.presidentialReview → path.approved.inPrinciple', 'path.approved.inPrinciple → path.approved.principalsReview', 'publicity.secret → publicity.leaked',
    ]));
    expect(transitions('kyiv')).toEqual(expect.arrayContaining([
      'border.awaitingAnswer → border.pressingAgain', 'border.pressing → border.seekingCall', 'wider.awaitingAnswer → wider.pressing',
    ]));
  });

  it('the scenario runs, the model walks and random timelines together visit every state and every transition', () => {
    expect(result.rows.flatMap((r) => r.missed.map((m) => `${r.machine}: ${m}`))).toEqual([]);
  });

  it('the scenario runs alone visit the historical path of the decision machine', () => {
    const decision = result.rows.find((r) => r.machine === 'decision')!;
    expect(decision.missedByRuns).not.toContain('path.inEffect');
    expect(decision.missedByRuns).not.toContain('path.approved.quietPeriod → path.inEffect');
    const [states, edges] = [statePaths('decision').length, transitions('decision').length];
    expect(coverageTable(result)).toMatch(new RegExp(`^decision\\s+\\d+/${states}\\s+${states}/${states}\\s+\\d+/${edges}\\s+${edges}/${edges}\\s+-$`, 'm'));
  });
});
