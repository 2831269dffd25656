import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { parseDay } from '../../src/engine/dates.js';
import { summarize } from '../../src/sweep/summarize.js';
import { createTally, tallyRun } from '../../src/sweep/tally.js';
import type { UncertainInput } from '../../src/sweep/uncertainty.js';

const D = parseDay('2024-05-20')!;
const LEAK: UncertainInput = { kind: 'occurs', key: 'leak.occurs', event: 'leak', index: 0, p: 0.5 };
const FINAL = MILESTONE_IDS.indexOf('final-approval');

/** Ten runs: the leak happens in the first five; final approval falls on these days (-1: never). */
const OCCURS = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const FINAL_DAYS = [D, D, D + 1, D + 1, D + 2, D + 3, D + 3, D + 4, -1, -1];

function tenRuns(by = D + 3) {
  const t = createTally([LEAK]);
  OCCURS.forEach((occurs, r) => {
    const packed = [occurs, ...MILESTONE_IDS.map((_, m) => (m === FINAL ? FINAL_DAYS[r]! : m === 0 ? -1 : D))];
    tallyRun(t, packed);
  });
  return summarize(t, { by, focus: 'final-approval' });
}

describe('a sweep\'s summary, checked by hand on ten runs', () => {
  const s = tenRuns();

  it('gives the share reached by the date, the share never reached, and nearest-rank percentiles with "never" last', () => {
    expect(s.runs).toBe(10);
    expect(s.by).toBe('2024-05-23');
    // 7 of 10 on or before 05-23; sorted: 20 20 21 21 22 23 23 24 never never.
    expect(s.milestones['final-approval']).toEqual({ reachedBy: 0.7, never: 0.2, p10: '2024-05-20', median: '2024-05-22', p90: 'never' });
    expect(s.milestones['formal-request']).toEqual({ reachedBy: 0, never: 1, p10: 'never', median: 'never', p90: 'never' });
    expect(s.milestones['in-effect']).toEqual({ reachedBy: 1, never: 0, p10: '2024-05-20', median: '2024-05-20', p90: '2024-05-20' });
  });

  it('counts runs per day for the histogram', () => {
    expect(s.histogram).toEqual({
      milestone: 'final-approval', never: 2,
      days: [
        { date: '2024-05-20', runs: 2 }, { date: '2024-05-21', runs: 2 }, { date: '2024-05-22', runs: 1 },
        { date: '2024-05-23', runs: 2 }, { date: '2024-05-24', runs: 1 },
      ],
    });
  });

  it('attributes the spread by ε², with "never" as the day after the latest run that got there, or after the "by" date if later', () => {
    // Days after 05-20, never = 5: with the leak 0 0 1 1 2 (mean 0.8), without 3 3 4 5 5 (mean 4); all: mean 2.4.
    // SST = 32.4, SSB = 25.6, MSW = 6.8 / 8 = 0.85: ε² = (25.6 − 0.85) / 32.4.
    expect(s.attribution['final-approval']).toEqual([{ input: 'leak.occurs', share: 0.7639, low: 1.6, high: -1.6 }]);
    expect(s.attribution['in-effect']).toBeUndefined();
    expect(s.attribution['formal-request']).toBeUndefined();
    // By 05-30, never = 11: without the leak 3 3 4 11 11 (mean 6.4); all: mean 3.6; SST = 152.4, SSB = 78.4, MSW = 74 / 8.
    expect(tenRuns(D + 10).attribution['final-approval']).toEqual([{ input: 'leak.occurs', share: 0.4537, low: 2.8, high: -2.8 }]);
  });

  it('says an input that explains nothing explains nothing (ε² corrects the chance share)', () => {
    const noise: UncertainInput = { kind: 'jitter', key: 'noise.jitter_days', event: 'noise', index: 1, min: 0, max: 1 };
    const t = createTally([LEAK, noise]);
    OCCURS.forEach((occurs, r) => tallyRun(t, [occurs, r % 2, ...MILESTONE_IDS.map((_, m) => (m === FINAL ? FINAL_DAYS[r]! : D))]));
    const ranked = summarize(t, { by: D, focus: 'final-approval' }).attribution['final-approval']!;
    expect(ranked.map((a) => a.input)).toEqual(['leak.occurs', 'noise.jitter_days']);
    expect(ranked[1]!.share).toBeLessThan(0.05);
  });
});
