import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS, inWindow } from '../../../machines/index.js';
import { foldRun, milestoneDates, simulate } from '../../../src/engine/index.js';
import { applyDraws } from '../../../src/sweep/apply-draws.js';
import { calibrationFingerprint, readEnsemble, staleMessage } from '../../../src/sweep/ensemble/ensemble-file.js';
import { priorInputs } from '../../../src/sweep/ensemble/prior-inputs.js';
import { loadSweepJob } from '../../../src/sweep/load-job.js';

const FILE = 'ensembles/baseline.jsonl';

describe('the shipped ensemble', () => {
  const base = loadSweepJob('scenarios/baseline.yaml');
  const job = { ...base, uncertainty: priorInputs(base.uncertainty) };

  it('was calibrated on this model, scenario and priors (else: run `npm run calibrate`)', () => {
    const { header } = readEnsemble(FILE, { allowStale: true });
    expect(staleMessage(FILE, header, job), 'the ensemble is stale: run `npm run calibrate` and commit ensembles/baseline.jsonl').toBeUndefined();
  });

  it('holds at least 1,000 members, and a sample of them re-run into all nine windows', () => {
    const { header, members } = readEnsemble(FILE);
    expect(members.length).toBeGreaterThanOrEqual(1000);
    expect(header.accepted).toBe(members.length);
    expect(header.fingerprint).toBe(calibrationFingerprint(job));
    const step = Math.floor(members.length / 25);
    for (let i = 0; i < members.length; i += step) {
      const dates = milestoneDates(foldRun(simulate(applyDraws(job.inputs, header.priors, members[i]!.packed))));
      for (const id of MILESTONE_IDS) expect(inWindow(id, dates[id]), `member run ${members[i]!.run}, ${id}`).toBe(true);
    }
  });

  it('names the fix when the model has changed', () => {
    const { header } = readEnsemble(FILE, { allowStale: true });
    expect(staleMessage(FILE, { ...header, model: 'sha256:0000' })).toMatch(/another model.*run `npm run calibrate`/);
    expect(staleMessage(FILE, { ...header, fingerprint: 'x' }, job)).toMatch(/npm run calibrate/);
  });
});
