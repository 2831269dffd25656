import { describe, expect, it } from 'vitest';
import { BASELINE } from '../helpers/scenario.js';
import { cli } from '../helpers/cli.js';

const CONGRESS_EARLY = 'scenarios/congress-early.yaml';
const MORE_CAUTIOUS = 'scenarios/more-cautious-president.yaml';

describe('redline explain', () => {
  it('explains a what-if against its parent, exit 0', async () => {
    const { code, out } = await cli('explain', MORE_CAUTIOUS, 'final-approval');
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 2)).toEqual([
      'final-approval in more-cautious-president: A more cautious president',
      'Final presidential approval: 2024-05-26, 2 days later than in baseline (2024-05-24).',
    ]);
    expect(out).toContain('Why it differs from baseline');
  });

  it('--against compares with any other scenario; without a parent there is no comparison', async () => {
    expect((await cli('explain', BASELINE, 'final-approval', '--against', MORE_CAUTIOUS)).out)
      .toContain('Final presidential approval: 2024-05-24, 2 days earlier than in more-cautious-president (2024-05-26).');
    expect((await cli('explain', BASELINE, 'final-approval', '--against', CONGRESS_EARLY)).out)
      .toContain('Final presidential approval: 2024-05-24; never reached in congress-early.');
    expect((await cli('explain', BASELINE, 'final-approval')).out).not.toContain('Why it differs');
  });

  it('--json is the explanation as data', async () => {
    const json = JSON.parse((await cli('explain', 'scenarios/no-kharkiv-offensive.yaml', 'final-approval', '--json')).out);
    expect(json).toMatchObject({ milestone: 'final-approval', date: null, stop: { state: 'path.restricted', waitsOn: { machine: 'kyiv', guard: 'kyivPresses' } } });
  });

  it('an unknown milestone is a usage error naming the nearest; bad input exits 2', async () => {
    const r = await cli('explain', CONGRESS_EARLY, 'final-aproval');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown milestone "final-aproval" \(did you mean "final-approval"\?\); milestones: formal-request, /);
    expect((await cli('explain', CONGRESS_EARLY)).code).toBe(2);
    expect(await cli('explain', 'scenarios/nope.yaml', 'final-approval')).toMatchObject({ code: 2, err: expect.stringContaining('cannot read: no such file') });
  });
});
