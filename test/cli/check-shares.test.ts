import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnsemble } from '../../src/sweep/ensemble/ensemble-file.js';
import { cliAsync } from '../helpers/cli.js';
import { useFixtureEnsemble } from '../helpers/ensemble.js';
import { tempFolder, whatIf, BASELINE_TEXT } from '../helpers/scenario.js';

const fx = useFixtureEnsemble();

/** A what-if of the baseline with these expectations, beside the fixture's scenarios (so its ensemble is found). */
function whatIfWith(name: string, expect: string): string {
  const file = join(fx.dir, 'scenarios', `${name}.yaml`);
  writeFileSync(file, whatIf(name, 'baseline', `changes:\n  - remove: blinken-kyiv-press-conference\nexpect:\n${expect}`));
  return file;
}

describe('redline check: share expectations over the ensemble', () => {
  it('counts the condition member by member: holds, fails (exit 1), with the share and the count', async () => {
    const file = whatIfWith('shares', [
      '  - { milestone: formal-request, between: [2024-05-01, 2024-05-31], share: { atLeast: 1 } }',
      '  - { milestone: formal-request, never: true, share: { atLeast: 0.5 } }',
      '  - { milestone: formal-request, on: 2024-05-13 }',
    ].join('\n') + '\n');
    const r = await cliAsync('check', file, '--json');
    expect(r.code).toBe(1);
    const members = readEnsemble(fx.ensemble).members.length;
    const [all, none, plain] = JSON.parse(r.out).scenarios[0].expectations;
    expect(all).toMatchObject({ holds: true, share: { holding: members, members, share: 1, ensemble: fx.ensemble } });
    expect(none).toMatchObject({ holds: false, share: { holding: 0, members, share: 0 }, line: 9 });
    expect(plain).not.toHaveProperty('share');
    const text = (await cliAsync('check', file)).out;
    expect(text).toContain(`✓ formal-request between 2024-05-01 and 2024-05-31 in ≥ 100% of members   100.0% of ${members} members`);
    expect(text).toMatch(new RegExp(`✗ formal-request never in ≥ 50% of members\\s+0\\.0% of ${members} members   ${file.replace(/[.\\/]/g, '\\$&')}:9`));
  });

  it('atMost bounds from above, and a bad share is exit 2 with file, line and the fix', async () => {
    const ok = whatIfWith('at-most', '  - { milestone: formal-request, never: true, share: { atMost: 0 } }\n');
    expect((await cliAsync('check', ok)).code).toBe(0);
    const cases: [string, RegExp][] = [
      ['{ milestone: final-approval, after: 2024-05-24, share: { atLeast: 80 } }', /share\.atLeast: 80 is not a share of members; write one from 0 to 1 \(80% is 0\.8\)/],
      ['{ milestone: final-approval, after: 2024-05-24, share: { atLeast: 0.9, atMost: 0.2 } }', /atLeast \(0\.9\) is more than atMost \(0\.2\)/],
      ['{ milestone: final-approval, after: 2024-05-24, share: {} }', /share: give atLeast and\/or atMost/],
      ['{ event: president.deferred, on: 2024-05-15, share: { atLeast: 0.5 } }', /a share expectation names a milestone, not a recorded event/],
      ['{ milestone: final-approval, after: 2024-05-24, share: { atleast: 0.5 } }', /atleast/],
    ];
    for (const [line, message] of cases) {
      const file = whatIfWith('bad-share', `  - ${line}\n`);
      const r = await cliAsync('check', file);
      expect(r.code, line).toBe(2);
      expect(r.err, line).toMatch(new RegExp(`${file.replace(/[.\\/]/g, '\\$&')}:8:\\d+: `));
      expect(r.err, line).toMatch(message);
    }
  });

  it('--single, or no ensemble for the scenario\'s chain, is exit 2 naming the expectation\'s line', async () => {
    const file = whatIfWith('single', '  - { milestone: formal-request, on: 2024-05-13, share: { atLeast: 0.5 } }\n');
    const single = await cliAsync('check', file, '--single');
    expect(single.code).toBe(2);
    expect(single.err).toContain(`${file}:8: a share expectation is weighed over an ensemble's members; --single runs the scenario once: drop --single`);
    const lone = tempFolder({ 'baseline.yaml': BASELINE_TEXT, 'w.yaml': whatIf('w', 'baseline', 'expect:\n  - { milestone: formal-request, on: 2024-05-13, share: { atLeast: 0.5 } }\n') });
    const r = await cliAsync('check', lone.path('w.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/w\.yaml:6: a share expectation is weighed over an ensemble's members, and none is kept for w or a scenario it extends.*--ensemble FILE/);
    expect((await cliAsync('check', lone.path('w.yaml'), '--ensemble', fx.ensemble)).code).toBe(0);
  });
});
