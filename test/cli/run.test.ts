import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MILESTONE_IDS } from '../../machines/index.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';
import { cli } from '../helpers/cli.js';

describe('redline run', () => {
  it('prints the milestone table with dates, triggers and sources, then the final state', async () => {
    const { code, out } = await cli('run', BASELINE);
    expect(code).toBe(0);
    expect(out).toMatch(/^formal-request\s+2024-05-13\s+kyiv\.requested\s+politico-2024-05-31/m);
    expect(out).toMatch(/^first-public-hint\s+2024-05-29\s+blinken-moldova-remarks/m);
    expect(out).toMatch(/^in-effect\s+2024-05-30/m);
    expect(out).toMatch(/final state: inEffect · confirmed/);
  });

  it('--json prints the contract shape: under --single as it was extended by "overrides", over the ensemble by "ensemble" too', async () => {
    expect(Object.keys(JSON.parse((await cli('run', BASELINE, '--json')).out))).toEqual(['scenario', 'milestones', 'finalState', 'events', 'scopes', 'overrides', 'ensemble']);
    const { code, out } = await cli('run', BASELINE, '--json', '--single');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['scenario', 'milestones', 'finalState', 'events', 'scopes', 'overrides']);
    expect(Object.keys(json.scopes)).toEqual(['deep-strikes']);
    expect(Object.values(json.scopes['deep-strikes'].milestones).every((d) => d === null)).toBe(true);
    expect(json.scenario).toBe('baseline');
    expect(Object.keys(json.milestones)).toEqual(MILESTONE_IDS);
    expect(json.milestones['final-approval']).toBe('2024-05-24');
    expect(json.finalState.decision).toEqual({ path: 'path.inEffect', publicity: 'publicity.confirmed' });
    expect(json.events).toBeGreaterThan(35);
  });

  it('a milestone never reached is null in JSON and "not reached" in the table', async () => {
    const file = tempScenario(scenarioText());
    const json = JSON.parse((await cli('run', file, '--json')).out);
    expect(json.milestones['formal-request']).toBeNull();
    expect((await cli('run', file)).out).toMatch(/^formal-request\s+—\s+not reached/m);
  });

  it('bad input exits 2 with file:line and no stack trace', async () => {
    const file = tempScenario(scenarioText('  - id: a\n    date: 2024-13-01\n    actor: nsc\n    type: call.held\n    summary: x\n'));
    const { code, err } = await cli('run', file);
    expect(code).toBe(2);
    expect(err).toContain(`${file}:6:11: "2024-13-01" is not a calendar date`);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('usage errors exit 2 and point to help', async () => {
    expect((await cli('run')).code).toBe(2);
    expect((await cli('run', BASELINE, '--jsn')).err).toMatch(/Unknown option '--jsn'.*\n.*redline help/s);
    expect((await cli('frobnicate')).err).toMatch(/unknown command "frobnicate"/);
    expect((await cli()).code).toBe(2);
    expect((await cli('help')).code).toBe(0);
  });

  it('--version prints the package\'s version, the one a log header records', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
    expect((await cli('-v')).out).toBe(version);
  });
});

describe('the installed bin', () => {
  it('runs the bundled CLI with the same output as the in-process one', async () => {
    const out = execFileSync(process.execPath, ['bin/redline.js', 'run', BASELINE, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(JSON.parse((await cli('run', BASELINE, '--json')).out));
  });

  it('exits 2 on a missing file', () => {
    const r = spawnSync(process.execPath, ['bin/redline.js', 'run', 'missing.yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing.yaml: cannot read: no such file/);
  });
});

describe('the README\'s broken example', () => {
  it('reports all four mistakes of test/fixtures/broken.yaml, in file order, and exits 2', async () => {
    const { code, err } = await cli('run', 'test/fixtures/broken.yaml');
    expect(code).toBe(2);
    const lines = err.split('\n');
    expect(lines.map((l) => l.split(': ')[0])).toEqual([
      'test/fixtures/broken.yaml:6:11', 'test/fixtures/broken.yaml:13:12',
      'test/fixtures/broken.yaml:19:11', 'test/fixtures/broken.yaml:21:5',
    ]);
  });
});
