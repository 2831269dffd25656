import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { BASELINE, tempFolder } from '../helpers/scenario.js';
import { cli } from '../helpers/cli.js';

const CONGRESS_EARLY = 'scenarios/congress-early.yaml';
const MORE_CAUTIOUS = 'scenarios/more-cautious-president.yaml';

describe('redline diff', () => {
  it('shows the milestones side by side with the days each moved, then the inputs that differ', async () => {
    const { code, out } = await cli('diff', BASELINE, CONGRESS_EARLY);
    expect(code).toBe(0);
    expect(out).toMatch(/^baseline → congress-early: Congress passes the supplemental in February$/m);
    expect(out).toMatch(/^formal-request +2024-05-13 +— +never reached$/m);
    const later = (await cli('diff', BASELINE, MORE_CAUTIOUS)).out;
    expect(later).toMatch(/^formal-request +2024-05-13 +2024-05-13 +same day$/m);
    expect(later).toMatch(/^final-approval +2024-05-24 +2024-05-26 +\+2 days$/m);
    expect(later).toMatch(/^first-public-hint +2024-05-29 +2024-05-29 +same day$/m);
    expect(out).toMatch(/^inputs that differ from baseline\n {2}moved +house-passes-supplemental +2024-04-20 → 2024-02-10 +−70 days$/m);
    expect(out).toMatch(/^ {2}moved +supplemental-signed +2024-04-24 → 2024-02-15 +−69 days$/m);
  });

  it('names milestones lost or gained, removed and added inputs and parameters set', async () => {
    const lost = (await cli('diff', BASELINE, 'scenarios/allies-hold-back.yaml')).out;
    expect(lost).toMatch(/^final-approval +2024-05-24 +— +never reached$/m);
    expect(lost).toMatch(/^ {2}removed +cameron-kyiv-remarks +2024-05-03 +In Kyiv, UK Foreign Secretary Cameron/m);
    expect((await cli('diff', 'scenarios/allies-hold-back.yaml', BASELINE)).out).toMatch(/^final-approval +— +2024-05-24 +reached$/m);
    expect((await cli('diff', BASELINE, 'scenarios/early-leak.yaml')).out).toMatch(/^ {2}added +press-leak +2024-05-22 +A newspaper reports/m);
    expect((await cli('diff', BASELINE, 'scenarios/less-cautious-president.yaml')).out).toMatch(/^ {2}set +initialPresidentCaution +0.7 → 0.25$/m);
    expect((await cli('diff', BASELINE, BASELINE)).out).toMatch(/^inputs: the same$/m);
  });

  it('--json: the nine milestones with days moved, then the input differences', async () => {
    const json = JSON.parse((await cli('diff', BASELINE, CONGRESS_EARLY, '--json', '--single')).out);
    expect(Object.keys(json)).toEqual(['a', 'b', 'milestones', 'inputs']);
    expect(Object.keys(JSON.parse((await cli('diff', BASELINE, CONGRESS_EARLY, '--json')).out))).toEqual(['a', 'b', 'milestones', 'inputs', 'ensemble']);
    expect(Object.keys(json.milestones)).toEqual(MILESTONE_IDS);
    expect(json.milestones['final-approval']).toEqual({ a: '2024-05-24', b: null, days: null });
    expect(JSON.parse((await cli('diff', BASELINE, MORE_CAUTIOUS, '--json')).out).milestones['final-approval']).toEqual({ a: '2024-05-24', b: '2024-05-26', days: 2 });
    expect(json.inputs.moved).toContainEqual({ id: 'supplemental-signed', from: '2024-04-24', to: '2024-02-15', days: -69 });
    expect(JSON.parse((await cli('diff', BASELINE, 'scenarios/no-blinken-trip.yaml', '--json')).out).milestones['final-approval']).toEqual({ a: '2024-05-24', b: null, days: null });
  });

  it('bad input in either file exits 2 with the problems of both', async () => {
    const { path } = tempFolder({ 'a.yaml': 'id: a\n', 'b.yaml': 'id: b\n' });
    const { code, err } = await cli('diff', path('a.yaml'), path('b.yaml'));
    expect(code).toBe(2);
    expect(err).toContain(`${path('a.yaml')}:1:1: title: missing`);
    expect(err).toContain(`${path('b.yaml')}:1:1: title: missing`);
    expect((await cli('diff', BASELINE)).code).toBe(2);
  });
});
