import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS, PARAMETERS, PARAMETER_NAMES, PRIORS, UNIT_RANGE, inWindow } from '../../../machines/index.js';
import { drawRun } from '../../../src/sweep/draws.js';
import { calibrate } from '../../../src/sweep/ensemble/calibrate.js';
import { correlations, posteriorSummary } from '../../../src/sweep/ensemble/posterior.js';
import { priorInputs, priorProblems } from '../../../src/sweep/ensemble/prior-inputs.js';
import { applyDraws } from '../../../src/sweep/apply-draws.js';
import { loadSweepJob } from '../../../src/sweep/load-job.js';
import { simulate } from '../../../src/engine/simulate.js';
import { foldRun, milestoneDates } from '../../../src/engine/index.js';
import type { UncertainInput } from '../../../src/sweep/uncertainty.js';

const uniform = (name: 'weightThreat' | 'weightCongress'): UncertainInput => ({ kind: 'parameter', key: name, name, dist: { kind: 'uniform', min: 0, max: 1 }, wholeDays: false });

describe('priors', () => {
  it('gives every parameter a prior with a reason, inside its unit range', () => {
    for (const name of PARAMETER_NAMES) expect(PRIORS[name].reason.length, name).toBeGreaterThan(10);
    expect(priorProblems()).toEqual([]);
    const s = PRIORS.weightThreat.shape;
    expect(s).toEqual({ kind: 'triangular', min: 0.28, mode: PARAMETERS.weightThreat.value, max: 0.52 });
    const [lo] = UNIT_RANGE.level;
    expect(PRIORS.initialAlliedIsolation.shape.kind).toBe('fixed');
    expect(lo).toBe(0);
  });
});

describe('rejection statistics against an analytic posterior', () => {
  it('θ ~ U(0,1), keep the draw when a second uniform falls below θ: the posterior is Beta(2,1)', () => {
    // Beta(2,1) has CDF θ², so p5 = √0.05 and p95 = √0.95; the prior's p5–p95 is 0.05–0.95.
    const inputs = [uniform('weightThreat'), uniform('weightCongress')];
    const members: { packed: Float64Array }[] = [];
    const n = 40_000;
    for (let run = 0; run < n; run++) {
      const d = drawRun(inputs, 11, run);
      if (d[1]! < d[0]!) members.push({ packed: d });
    }
    expect(members.length / n).toBeCloseTo(0.5, 1);
    const [theta] = posteriorSummary(inputs, 11, { from: 0, to: n }, members);
    expect(theta!.prior[0]).toBeCloseTo(0.05, 2);
    expect(theta!.prior[1]).toBeCloseTo(0.95, 2);
    expect(Math.abs(theta!.posterior[0] - Math.sqrt(0.05))).toBeLessThan(0.01);
    expect(Math.abs(theta!.posterior[1] - Math.sqrt(0.95))).toBeLessThan(0.01);
    expect(theta!.label).toBe('not identified');
    // Kept draws have u < θ: the two are positively correlated (r = 0.5 for this posterior).
    expect(correlations(inputs, members)[0]!.r).toBeCloseTo(0.5, 1);
  });
});

describe('calibrating the baseline', () => {
  it('keeps only draws whose nine milestones all fall in the record, the same on 0 or 2 workers', () => {
    const base = loadSweepJob('scenarios/baseline.yaml');
    const job = { ...base, uncertainty: priorInputs(base.uncertainty) };
    const runsOn = (workers: number) => {
      const got: { run: number; packed: Float64Array }[] = [];
      const r = calibrate({ job, from: 0, to: 600, workers, onChunk: (a) => got.push(...a) });
      return { got, r };
    };
    const one = runsOn(0);
    expect(one.r.tried).toBe(600);
    expect(one.got.length).toBeGreaterThan(0);
    expect(one.got.length).toBeLessThan(600);
    expect(runsOn(2).got.map((m) => m.run)).toEqual(one.got.map((m) => m.run));
    for (const m of one.got.slice(0, 10)) {
      const dates = milestoneDates(foldRun(simulate(applyDraws(job.inputs, job.uncertainty, m.packed))));
      for (const id of MILESTONE_IDS) expect(inWindow(id, dates[id]), `${m.run} ${id}`).toBe(true);
    }
  });
});
