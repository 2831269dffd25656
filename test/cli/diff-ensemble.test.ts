import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { readEnsemble } from '../../src/sweep/ensemble/ensemble-file.js';
import { cliAsync } from '../helpers/cli.js';
import { useFixtureEnsemble } from '../helpers/ensemble.js';
import { scenarioText, tempScenario } from '../helpers/scenario.js';

const fx = useFixtureEnsemble();

type Shares = { earlier: number; same: number; later: number; never: number };
const json = async (...args: string[]) => {
  const r = await cliAsync('diff', ...args, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
};

describe('redline diff, paired over an ensemble', () => {
  it('--json keeps the single diff\'s fields and adds per milestone counts and shares that add up to every member', async () => {
    const single = await json(fx.scenario('baseline'), fx.scenario('no-blinken-trip'), '--single');
    const j = await json(fx.scenario('baseline'), fx.scenario('no-blinken-trip'));
    expect(Object.keys(j)).toEqual([...Object.keys(single), 'ensemble']);
    expect(j.milestones).toEqual(single.milestones);
    const members = readEnsemble(fx.ensemble).members.length;
    expect(j.ensemble).toMatchObject({ version: 1, of: 'baseline', members });
    expect(Object.keys(j.ensemble.milestones)).toEqual(MILESTONE_IDS);
    for (const m of Object.values(j.ensemble.milestones) as (Shares & { shares: Shares })[]) {
      expect(m.earlier + m.same + m.later + m.never).toBe(members);
      expect(m.shares.later).toBe(m.later / members);
    }
  });

  it('a scenario against itself: every milestone the same day (or never) in every member, median shift 0', async () => {
    const j = await json(fx.scenario('congress-early'), fx.scenario('congress-early'));
    for (const m of Object.values(j.ensemble.milestones) as (Shares & { medianShift: number | null })[]) {
      expect(m).toMatchObject({ earlier: 0, later: 0, same: j.ensemble.members - m.never, medianShift: m.never === j.ensemble.members ? null : 0 });
    }
  });

  it('swapping the two turns earlier into later, member by member', async () => {
    const ab = await json(fx.scenario('baseline'), fx.scenario('congress-early'));
    const ba = await json(fx.scenario('congress-early'), fx.scenario('baseline'));
    for (const id of MILESTONE_IDS) {
      const [x, y] = [ab.ensemble.milestones[id], ba.ensemble.milestones[id]];
      if (x.never === 0 && y.never === 0) {
        expect(x.earlier).toBe(y.later);
        expect(y.medianShift).toBe(x.medianShift === null ? null : 0 - x.medianShift);
      }
    }
  });

  it('prints the table of shares under the single diff', async () => {
    const r = await cliAsync('diff', fx.scenario('baseline'), fx.scenario('allies-hold-back'));
    expect(r.out).toMatch(/^inputs that differ from baseline/m);
    expect(r.out).toMatch(/^paired over the ensemble: \d+ members of baseline/m);
    expect(r.out).toMatch(/^milestone\s+earlier\s+same day\s+later\s+never\s+median shift$/m);
    expect(r.out).toMatch(/^final-approval\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+(\S+ d|—)$/m);
  });

  it('refuses an ensemble that one of the two does not extend', async () => {
    const other = tempScenario(scenarioText());
    const r = await cliAsync('diff', fx.scenario('baseline'), other, '--ensemble', fx.ensemble);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`is an ensemble of "baseline", which ${other} neither is nor extends`);
    // Without --ensemble, two scenarios with no ensemble in common get the single diff.
    expect((await cliAsync('diff', fx.scenario('baseline'), other)).out).not.toContain('over the ensemble');
  });
});
