import { describe, expect, it } from 'vitest';
import { BASELINE_TEXT, tempFolder, whatIf } from '../helpers/scenario.js';
import { cli } from '../helpers/cli.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const CONGRESS_EARLY = 'scenarios/congress-early.yaml';

describe('redline check', () => {
  it('checks every scenario of a folder: each expectation ✓ with its actual date, a count, exit 0', async () => {
    // A copy of the shipped library, so a user's own file in scenarios/ cannot answer for it.
    const { dir } = tempFolder(Object.fromEntries(shippedScenarios().map((f) => [basename(f), readFileSync(f, 'utf8')])));
    // Its share expectations are weighed over the shipped ensemble, which a copy's baseline, the same file, still fits.
    const { code, out, err } = await cli('check', `${dir}/`, '--ensemble', 'ensembles/baseline.jsonl');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^${dir}/congress-early.yaml {2}congress-early: Congress passes the supplemental in February$`, 'm'));
    expect(out).toMatch(/^ {2}✓ aid\.arrived before 2024-05-10 +2024-03-28$/m);
    expect(out).toMatch(/^ {2}✓ final-approval after 2024-05-24, or never +never$/m);
    expect(out).toMatch(/^ {2}✓ final-approval after 2024-06-01, or never +never$/m);
    expect(out).toMatch(new RegExp(`^${dir}/baseline.yaml {2}baseline: .*\\n {2}\\(no expectations\\)$`, 'm'));
    expect(out).not.toContain('✗');
    expect(out).toMatch(/\n\d+ scenarios, \d+ expectations: \d+ hold, 0 fail\.$/);
  });

  it('exit 1 when an expectation fails, with ✗, the actual date and where the expectation stands', async () => {
    const { path } = tempFolder({
      'base.yaml': BASELINE_TEXT,
      'w.yaml': whatIf('w', 'baseline', 'expect:\n  - { milestone: final-approval, on: 2024-05-24 }\n  - { milestone: final-approval, before: 2024-05-20 }\n  - { milestone: in-effect, never: true }\n'),
    });
    const { code, out } = await cli('check', path('w.yaml'));
    expect(code).toBe(1);
    expect(out).toContain('  ✓ final-approval on 2024-05-24       2024-05-24');
    expect(out).toContain(`  ✗ final-approval before 2024-05-20   2024-05-24   ${path('w.yaml')}:7`);
    expect(out).toContain(`  ✗ in-effect never                    2024-05-30   ${path('w.yaml')}:8`);
    expect(out).toMatch(/1 scenario, 3 expectations: 1 hold, 2 fail\.$/);
  });

  it('exit 2 on bad input, naming file and line on stderr, while the good files are still checked', async () => {
    const { dir } = tempFolder({
      'base.yaml': BASELINE_TEXT,
      'bad.yaml': whatIf('bad', 'baseline', 'changes:\n  - remove: no-such-event\n'),
      'good.yaml': whatIf('good', 'baseline', 'expect:\n  - { milestone: formal-request, on: 2024-05-13 }\n'),
    });
    const { code, out, err } = await cli('check', dir);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^${dir}/bad.yaml:6:13: no event "no-such-event" to remove`));
    expect(out).toContain('  ✓ formal-request on 2024-05-13');
    expect(out).toMatch(/2 scenarios, 1 expectation: 1 hold, 0 fail; 1 file with bad input \(above, on stderr\)\.$/);
  });

  it('--json gives every result and the same exit code', async () => {
    const { code, out } = await cli('check', CONGRESS_EARLY, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['ok', 'scenarios', 'problems', 'summary']);
    expect(json.ok).toBe(true);
    expect(json.scenarios[0].expectations).toContainEqual({ expect: 'aid.arrived before 2024-05-10', holds: true, actual: '2024-03-28', line: expect.any(Number) });
    expect(json.summary).toMatchObject({ scenarios: 1, fail: 0, badFiles: 0 });
  });

  it('usage errors exit 2', async () => {
    expect((await cli('check')).code).toBe(2);
    const empty = tempFolder({}).dir;
    expect(await cli('check', empty)).toMatchObject({ code: 2, err: expect.stringContaining(`no *.yaml scenario files in ${empty}`) });
  });
});

describe('the README\'s broken what-if', () => {
  it('reports its three mistakes in one pass, each at its line and column with the nearest name, and exits 2', async () => {
    const { code, err } = await cli('check', 'test/fixtures/broken-whatif.yaml');
    expect(code).toBe(2);
    const lines = err.split('\n');
    expect(lines.map((l) => l.split(': ')[0])).toEqual([
      'test/fixtures/broken-whatif.yaml:6:11', 'test/fixtures/broken-whatif.yaml:8:23', 'test/fixtures/broken-whatif.yaml:10:18',
    ]);
    expect(lines[0]).toContain('(did you mean "supplemental-signed"?)');
    expect(lines[1]).toContain('(did you mean "dueDiligenceDays"?)');
    expect(lines[2]).toContain('(did you mean "final-approval"?)');
  });
});

describe('the README\'s wrong guess', () => {
  it('a file that only adds expectations to a what-if: ✗ with the actual outcome, exit 1', async () => {
    const { code, out } = await cli('check', 'test/fixtures/wrong-guess.yaml');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, 4)).toEqual([
      '  ✓ approved-in-principle on 2024-05-20                2024-05-20',
      '  ✗ final-approval between 2024-05-23 and 2024-05-28   never   test/fixtures/wrong-guess.yaml:7',
      '    a date condition holds only for a milestone that comes; add "orNever: true" to accept "never"',
    ]);
  });
});
