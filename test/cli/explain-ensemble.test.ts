import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { medianMember } from '../../src/cli/explain-ensemble.js';
import { cliAsync } from '../helpers/cli.js';
import { useFixtureEnsemble } from '../helpers/ensemble.js';

const fx = useFixtureEnsemble();

describe('redline explain --ensemble', () => {
  it('explains the median member, and counts the first guard where members\' runs part from the parent\'s', async () => {
    const r = await cliAsync('explain', fx.scenario('allies-hold-back'), 'final-approval', '--ensemble', fx.ensemble, '--json');
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.milestone).toBe('final-approval');
    expect(j.date).toBe(j.ensemble.median.date);
    expect(j.ensemble.median.member).toBeLessThan(j.ensemble.members);
    const p = j.ensemble.parting;
    expect(p.against).toBe('baseline');
    expect(p.members).toBeGreaterThan(0);
    expect(p.sampled).toBeLessThanOrEqual(p.members);
    expect(p.guards.reduce((n: number, g: { members: number }) => n + g.members, 0)).toBe(p.sampled);
    if (p.medianGuard) expect(p.guards.map((g: { guard: string }) => g.guard)).toContain(p.medianGuard);
    const text = (await cliAsync('explain', fx.scenario('allies-hold-back'), 'final-approval', '--ensemble', fx.ensemble)).out;
    expect(text).toMatch(/^over the ensemble: \d+ members of baseline .*the chain below is the median member's by final-approval's date/);
    expect(text).toMatch(/^Where the members part$/m);
  });

  it('without --ensemble explains the scenario as written, as before', async () => {
    const j = JSON.parse((await cliAsync('explain', fx.scenario('allies-hold-back'), 'final-approval', '--json')).out);
    expect(j).not.toHaveProperty('ensemble');
  });

  it('the median member counts never as the latest day and breaks ties by member order', () => {
    const n = MILESTONE_IDS.length;
    const days = (xs: number[]) => ({ count: xs.length, days: Int32Array.from(xs.flatMap((x) => [x, ...Array(n - 1).fill(0)])) });
    expect(medianMember(days([3, -1, 1]), 0)).toBe(0);
    expect(medianMember(days([-1, -1, 1]), 0)).toBe(0);
    expect(medianMember(days([2, 2, 2, 2]), 0)).toBe(1);
  });
});
