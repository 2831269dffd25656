import { describe, expect, it } from 'vitest';
import { cli, usageLine } from '../helpers/cli.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const discoverArgs = (condition: string, ...more: string[]) => ['sweep', UNCERTAIN, '--discover', condition, '--runs', '3000', '--workers', '0', ...more];
const discover = async (condition: string, ...more: string[]) => await cli(...discoverArgs(condition, ...more));

describe('redline sweep --discover', () => {
  it('finds what marks out the runs whose final approval comes late or never, with the trajectory, the box and its words', async () => {
    const r = await discover('final-approval after 2024-05-25', '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    const rows = (await cli('sweep', UNCERTAIN, '--runs', '3000', '--json', '--workers', '0')).out.split('\n').slice(1).map((l) => JSON.parse(l));
    const late = (row: { milestones: Record<string, string | null> }) => row.milestones['final-approval'] === null || row.milestones['final-approval']! > '2024-05-25';
    // The cases are exactly the runs whose row says later, or never.
    expect(d.discover).toMatchObject({ condition: 'reach final-approval after 2024-05-25 or never', runs: 3000, method: 'prim', peelAlpha: 0.05, pasting: false });
    expect(d.discover.cases).toBe(rows.filter(late).length);
    expect(d.trajectory[0]).toMatchObject({ runs: 3000, coverage: 1 });
    expect(d.box.length).toBeGreaterThan(0);
    for (const b of d.box) expect(b.quasiP).toBeLessThan(0.05);
    // The box's figures, recomputed from the rows.
    const inBox = rows.filter((row) => d.box.every((b: { input: string; min: number | null; max: number | null }) => {
      const v = Number(row.draws[b.input]);
      return (b.min === null || v >= b.min) && (b.max === null || v <= b.max);
    }));
    expect(inBox.length).toBe(d.boxRuns);
    expect(inBox.filter(late).length).toBe(d.boxCases);
    expect(d.finding).toMatch(new RegExp(`^in ${d.boxCases} of the ${d.discover.cases} runs that reach final-approval after 2024-05-25 or never, `));
  });

  it('says so when no box holds the cases more densely than all runs do: principals agreeing after 05-23', async () => {
    const d = JSON.parse((await discover('principals-agree after 2024-05-23', '--json')).out);
    const rows = (await cli('sweep', UNCERTAIN, '--runs', '3000', '--json', '--workers', '0')).out.split('\n').slice(1).map((l) => JSON.parse(l));
    const late = (row: { milestones: Record<string, string | null> }) => row.milestones['principals-agree'] === null || row.milestones['principals-agree']! > '2024-05-23';
    expect(d.discover.cases).toBe(rows.filter(late).length);
    expect(d.discover.cases).toBeGreaterThan(0);
    expect(d.box).toEqual([]);
    expect(d.finding).toMatch(new RegExp(`^no box over the inputs holds the ${d.discover.cases} runs that reach principals-agree after 2024-05-23 or never more densely than all runs do`));
  });

  it('says so when no run is a case, one run at a time', async () => {
    const d = JSON.parse((await discover('formal-request after 2024-05-13', '--json')).out);
    expect(d.discover.cases).toBe(0);
    expect(d.finding).toBe('no run of the 3,000 runs reaches formal-request after 2024-05-13 or never.');
  });

  it('prints the report, the same on any number of workers', async () => {
    const text = await discover('in-effect before 2024-05-30');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^peeling trajectory$/m);
    expect(text.out).toMatch(/^0 +3,000 +100\.0%/m);
    expect(text.out).toMatch(/^in [\d,]+ of the [\d,]+ runs that reach in-effect before 2024-05-30, /m);
    expect((await discover('in-effect before 2024-05-30', '--workers', '2')).out).toBe(text.out);
    expect((await discover('final-approval after 2024-05-28')).out).toContain('runs that reach final-approval after 2024-05-28 or never');
  });

  it('refuses a condition it cannot read, exit 2, saying what it takes', async () => {
    const usage = async (condition: string) => await usageLine(...discoverArgs(condition));
    expect(await usage('final-aproval never')).toMatch(/^redline: --discover starts with a milestone id \(did you mean "final-approval"\?\)/);
    expect(await usage('final-approval sometimes')).toMatch(/^redline: --discover takes "<milestone> never", "<milestone> after YYYY-MM-DD" or "<milestone> before YYYY-MM-DD"/);
    expect(await usage('in-effect before 2024-02-30')).toBe('redline: --discover "in-effect before DATE" takes a calendar date as YYYY-MM-DD; found "2024-02-30"');
  });
});
