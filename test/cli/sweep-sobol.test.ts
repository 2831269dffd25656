import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { cli, usageLine } from '../helpers/cli.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const sobol = async (...more: string[]) => await cli('sweep', UNCERTAIN, '--sensitivity', 'sobol', '--runs', '60', ...more);

const json = await sobol('--json', '--workers', '0');
const report = JSON.parse(json.out);

describe('redline sweep --sensitivity sobol', () => {

  it('runs N × (k + 2) runs and gives S1 and ST with 95% intervals for every milestone whose date varies', () => {
    expect(json.code).toBe(0);
    expect(report.sensitivity).toEqual({ method: 'sobol', base: 60, runs: 60 * (14 + 2), resamples: 500, confidence: 0.95 });
    expect(report.statistic).toMatch(/^Sobol indices: .*Jansen.*never reaches the milestone counts as the day after/);
    expect(Object.keys(report.milestones)).toEqual(MILESTONE_IDS);
    expect(report.milestones['formal-request']).toBeNull();
    const fa = report.milestones['final-approval'];
    expect(fa.map((x: { input: string }) => x.input).sort()).toEqual([...report.inputs].sort());
    for (const x of fa) {
      expect(x.S1_conf[0]).toBeLessThanOrEqual(x.S1);
      expect(x.S1_conf[1]).toBeGreaterThanOrEqual(x.S1);
      expect(x.ST_conf[0]).toBeLessThanOrEqual(x.ST);
    }
    // Largest total-order index first: the due-diligence delay moves every later date most (as ε² finds).
    expect(fa[0].input).toBe('dueDiligenceDays');
    expect(fa.map((x: { ST: number }) => x.ST)).toEqual([...fa.map((x: { ST: number }) => x.ST)].sort((a, b) => b - a));
  });

  it('gives the same figures on any number of workers', async () => {
    expect((await sobol('--json', '--workers', '2')).out).toBe(json.out);
  });

  it('prints a report that names its statistic and how many runs it used', async () => {
    const text = await sobol('--workers', '0');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Sobol indices · 60 base rows × (14 inputs + 2) = 960 runs · seed 7');
    expect(text.out).toMatch(/^final-approval\s+S1\s+95% interval\s+ST\s+95% interval$/m);
    expect(text.out).toMatch(/^ {2}dueDiligenceDays\s+−?\d\.\d\d {2}−?\d\.\d\d … −?\d\.\d\d/m);
    expect(text.out).toContain('the same date in every run (no indices): formal-request, advisors-recommend');
  });

  it('refuses what it cannot do, exit 2', async () => {
    const usage = async (...args: string[]) => await usageLine('sweep', UNCERTAIN, ...args);
    expect(await usage('--sensitivity', 'morris')).toBe('redline: --sensitivity takes sobol (Sobol indices with intervals); found "morris"');
    expect(await usage('--sensitivity', 'sobol', '--shard', '1/2')).toBe('redline: --sensitivity sobol prints the indices (or --json); it does not write rows, shard or print CSV');
    expect((await cli('sweep', 'scenarios/baseline.yaml', '--sensitivity', 'sobol')).err).toContain('--sensitivity sobol needs an uncertainty block');
  });
});
