import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MILESTONE_IDS } from '../../machines/index.js';
import { readEnsemble } from '../../src/sweep/ensemble/ensemble-file.js';
import { cliAsync } from '../helpers/cli.js';
import { useFixtureEnsemble } from '../helpers/ensemble.js';
import { BASELINE, tempScenario, scenarioText } from '../helpers/scenario.js';

const fx = useFixtureEnsemble();

describe('redline run over an ensemble', () => {
  it('by default answers over the ensemble kept beside the scenario\'s folder: the single run\'s table, then shares and dates', async () => {
    const { code, out } = await cliAsync('run', fx.scenario('allies-hold-back'));
    expect(code).toBe(0);
    const members = readEnsemble(fx.ensemble).members.length;
    expect(out).toMatch(/^final state: /m);
    expect(out).toContain(`over the ensemble: ${members} members of baseline (${fx.ensemble}); --single for one run`);
    expect(out).toMatch(/^final-approval\s+\d+\.\d%\s+(2024-\d\d-\d\d|—)/m);
  });

  it('--json keeps the single run\'s fields and adds the ensemble\'s: shares in [0, 1], p10 ≤ median ≤ p90', async () => {
    const single = JSON.parse((await cliAsync('run', fx.scenario('baseline'), '--json', '--single')).out);
    const json = JSON.parse((await cliAsync('run', fx.scenario('baseline'), '--json')).out);
    expect(Object.keys(json)).toEqual([...Object.keys(single), 'ensemble']);
    expect({ ...json, ensemble: undefined }).toEqual({ ...single, ensemble: undefined });
    const e = json.ensemble;
    expect(e).toMatchObject({ version: 1, file: fx.ensemble, of: 'baseline', members: readEnsemble(fx.ensemble).members.length });
    expect(Object.keys(e.milestones)).toEqual(MILESTONE_IDS);
    for (const m of Object.values(e.milestones) as { share: number; reached: number; median: string; p10: string; p90: string }[]) {
      expect(m.share).toBe(m.reached / e.members);
      if (m.reached) expect(m.p10 <= m.median && m.median <= m.p90).toBe(true);
    }
    // Every member reproduces the record, so on the baseline itself each milestone is reached by all.
    expect(Object.values(e.milestones).every((m) => (m as { share: number }).share === 1)).toBe(true);
  });

  it('--single prints today\'s one run, and a scenario with no ensemble kept in its chain gets one run too', async () => {
    const single = await cliAsync('run', fx.scenario('baseline'), '--single');
    expect(single.out).not.toContain('over the ensemble');
    expect(single.out).toBe((await cliAsync('run', BASELINE, '--single')).out);
    expect((await cliAsync('run', tempScenario(scenarioText()))).out).not.toContain('over the ensemble');
  });

  it('--ensemble FILE answers over that file; with --single it is a usage error', async () => {
    const r = await cliAsync('run', BASELINE, '--ensemble', fx.ensemble, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).ensemble.file).toBe(fx.ensemble);
    const both = await cliAsync('run', BASELINE, '--ensemble', fx.ensemble, '--single');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--single and --ensemble exclude each other/);
  });

  it('refuses an ensemble of another model with exit 2 and the fix', async () => {
    const lines = readFileSync(fx.ensemble, 'utf8').split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), model: 'sha256:0000' });
    const old = join(fx.dir, 'old.jsonl');
    writeFileSync(old, lines.join('\n'));
    const r = await cliAsync('run', BASELINE, '--ensemble', old);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${old}:1: was calibrated on another model`);
    expect(r.err).toContain('npm run calibrate');
    // Every command that answers over an ensemble refuses it the same way.
    const whatIf = fx.scenario('no-aid-gap');
    for (const args of [['diff', BASELINE, whatIf], ['check', whatIf], ['explain', whatIf, 'final-approval'], ['report', whatIf, '-o', join(fx.dir, 'r.html')]]) {
      const refused = await cliAsync(...args, '--ensemble', old);
      expect(refused.code, args[0]).toBe(2);
      expect(refused.err, args[0]).toMatch(/was calibrated on another model.*npm run calibrate/);
    }
  }, 60_000);

  it('refuses an ensemble calibrated on another version of its scenario, and one of a scenario the what-if does not extend', async () => {
    const base = fx.scenario('baseline');
    const changed = join(fx.dir, 'scenarios', 'baseline.yaml');
    const text = readFileSync(base, 'utf8');
    writeFileSync(changed, text.replace('date: 2023-10-15', 'date: 2023-10-16'));
    try {
      const r = await cliAsync('run', fx.scenario('congress-early'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/another version of its scenario.*npm run calibrate/);
    } finally {
      writeFileSync(changed, text);
    }
    const other = tempScenario(scenarioText());
    const r = await cliAsync('run', other, '--ensemble', fx.ensemble);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${fx.ensemble}:1: is an ensemble of "baseline", which ${other} neither is nor extends`);
  });
});
