import { describe, expect, it } from 'vitest';
import { defaultParams, measure, pace, type PacedDelay, type Params } from '../../machines/index.js';
import { CLOSE_CASE, NO_CASE, STRONG_CASE } from '../helpers/ledgers.js';

const params = defaultParams();
const net = measure(STRONG_CASE, params).net;
/** Params that put STRONG_CASE's net `past` above the final bar, with a step of `step` from the in-principle bar. */
const placed = (past: number, step = 0.1, extra: Partial<Params> = {}): Params =>
  ({ ...params, finalApprovalMargin: net - past, inPrincipleMargin: net - past - step, ...extra });
const DELAYS: PacedDelay[] = ['recommendationDraftingDays', 'dueDiligenceDays', 'letterDraftingDays', 'operationalPlanningDays'];

describe('pace: urgency shortens a step, within its bound', () => {
  it('a case at or below the final bar gets the recorded duration, fractional ones too', () => {
    for (const delay of DELAYS) {
      expect(pace(delay, NO_CASE, params).days).toBe(params[delay]);
      expect(pace(delay, CLOSE_CASE, params).urgency).toBe(0);
      expect(pace(delay, STRONG_CASE, placed(0)).days).toBe(params[delay]);
      expect(pace(delay, STRONG_CASE, placed(-0.05, 0.1, { [delay]: 2.3 })).days).toBe(2.3);
    }
  });

  it('urgency is the distance past the final bar over the step from the in-principle bar', () => {
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(0.05)).urgency).toBeCloseTo(0.5, 6);
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(0.05, 0.2)).urgency).toBeCloseTo(0.25, 6);
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(0.5)).urgency).toBe(1); // capped
  });

  it('whole days come off, rounded down: 7 days at urgency 0.5 and a cut of half take 6, at full urgency 4', () => {
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(0.05)).days).toBe(6); // 7 × 0.25 = 1.75 → 1 day off
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(1)).days).toBe(4); // 7 × 0.5 = 3.5 → 3 days off
    expect(pace('recommendationDraftingDays', STRONG_CASE, placed(0.09)).days).toBe(2); // 2 × 0.45 = 0.9 → none
    expect(pace('recommendationDraftingDays', STRONG_CASE, placed(0.1)).days).toBe(1);
  });

  it('never below (1 − paceMaxCut) of the recorded time, and never longer as the case grows', () => {
    for (const cut of [0, 0.3, 0.5, 1]) {
      for (const delay of DELAYS) {
        let last = Infinity;
        for (let past = -0.2; past <= 0.4; past += 0.01) {
          const p = placed(past, 0.1, { paceMaxCut: cut });
          const { days } = pace(delay, STRONG_CASE, p);
          expect(days).toBeGreaterThanOrEqual(p[delay] * (1 - cut) - 1e-9);
          expect(days).toBeLessThanOrEqual(last);
          last = days;
        }
        if (cut === 0) expect(last).toBe(params[delay]);
      }
    }
  });

  it('a paceMaxCut of 0, or bars that leave no step between them, keep every recorded duration', () => {
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(1, 0.1, { paceMaxCut: 0 })).days).toBe(7);
    expect(pace('dueDiligenceDays', STRONG_CASE, placed(1, 0)).days).toBe(7);
  });
});
