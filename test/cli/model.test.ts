import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EFFECT_PARAMETERS, GUARDS, MILESTONE_IDS, PARAMETER_NAMES } from '../../machines/index.js';
import type { ModelJson } from '../../src/cli/model-report.js';
import { cliAsync, usageLine } from '../helpers/cli.js';
import { scenarioText, tempScenario } from '../helpers/scenario.js';

const inventory = async (...args: string[]): Promise<ModelJson> => {
  const r = await cliAsync('model', ...args, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as ModelJson;
};

describe('redline model', () => {
  it('counts the baseline by default: every parameter, no per-event effect, its approximate dates, nine windows', async () => {
    const m = await inventory();
    expect(m.scenario).toBe('baseline');
    expect(m.parameters.count).toBe(PARAMETER_NAMES.length);
    expect(m.parameters.inputEffects).toEqual(EFFECT_PARAMETERS);
    expect(Object.values(m.parameters.byKind).flat().sort()).toEqual([...PARAMETER_NAMES].sort());
    expect(m.overrides).toEqual([]);
    expect(m.approximateDates).toContain('ukraine-runs-short');
    expect(Object.keys(m.windows)).toEqual(MILESTONE_IDS);
    expect(m.balance).toEqual({
      parameters: PARAMETER_NAMES.length, overrideNumbers: 0, approximateDates: m.approximateDates.length,
      freeNumbers: PARAMETER_NAMES.length + m.approximateDates.length, constraints: 9,
    });
  });

  it('reads what each actor moves or gates from the machines: Congress delivers the aid, Kyiv presses, the allies isolate', async () => {
    const m = await inventory('scenarios/baseline.yaml');
    const actor = (id: string) => m.actors.find((a) => a.id === id)!;
    expect(actor('congress').moves).toContainEqual({ event: 'aid.arrived', effects: { ukraineStocks: 'aidRestoresStocks' }, pushes: { ukraineStocks: '+aidRestoresStocks' } });
    // Stances are the machines' rules: each moves a force as its actor comes to it.
    expect(actor('state').moves).toContainEqual({ event: 'state.advocating', effects: { presidentCaution: 'assuranceEase' }, pushes: { presidentCaution: '−assuranceEase' } });
    expect(actor('allies').moves.map((m) => m.event)).toEqual(['allies.breaking-ranks', 'allies.washington-isolated', 'allies.more-break-ranks']);
    expect(actor('russia').moves[0]!.pushes).toEqual({ escalationRisk: '+threatRisk', presidentCaution: '+threatCaution' });
    expect(actor('press').sends).toEqual(['NEWS_BROKE']);
    expect(actor('kyiv').sends).toEqual(['REQUEST_SUBMITTED']);
    expect(actor('kyiv').gates).toContain('kyivPresses');
    expect(actor('allies').gates).toContain('washingtonIsolated');
    expect(actor('president').gates).toContain('presidentGivesFinalApproval');
    // An input's rule says what the event does; an actor whose machine carries the stance takes none.
    expect(actor('pentagon').inputs).toContainEqual(expect.objectContaining({ type: 'assessment.made', effects: {} }));
    // Every ledger guard is some actor's gate.
    expect(new Set(m.actors.flatMap((a) => a.gates))).toEqual(new Set(Object.keys(GUARDS)));
  });

  it('lists the effects a what-if writes on its own events, and counts each number', async () => {
    const m = await inventory('scenarios/nuclear-ultimatum.yaml');
    expect(m.overrides).toEqual([{ id: 'nuclear-ultimatum', effects: { escalationRisk: 0.5, presidentCaution: 0.35 } }]);
    expect(m.balance.overrideNumbers).toBe(2);
    expect(m.balance.freeNumbers).toBe(m.balance.parameters + 2 + m.balance.approximateDates);
  });

  it('prints the same for a person, ending with the balance', async () => {
    const r = await cliAsync('model');
    expect(r.code).toBe(0);
    const m = await inventory();
    expect(r.out).toMatch(/^Actors: what each moves or gates/m);
    expect(r.out).toMatch(/^congress +moves +aid\.arrived: ukraineStocks \+aidRestoresStocks$/m);
    expect(r.out).toMatch(/^allies +moves +allies\.breaking-ranks: alliedIsolation \+allyMovePush$/m);
    expect(r.out).toMatch(/^press +answers +STORY_PUBLISHED\n +sends +NEWS_BROKE$/m);
    expect(r.out).toMatch(/^Effects written on one event in baseline \(overrides\): none$/m);
    expect(r.out).toMatch(/^final-approval +2024-05-23 … 2024-05-28 /m);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      `In short: ${m.balance.freeNumbers} free numbers (${PARAMETER_NAMES.length} parameters, 0 per-event effect sizes, ${m.approximateDates.length} approximate dates) meet 9 milestone windows.`,
    );
  });

  it('refuses two scenarios, an unknown option, and a scenario that does not load, exit 2', async () => {
    expect(await usageLine('model', 'scenarios/baseline.yaml', 'scenarios/no-aid-gap.yaml')).toBe('redline: model takes at most one scenario file, e.g. redline model scenarios/baseline.yaml');
    expect(await usageLine('model', '--verbose')).toMatch(/^redline: Unknown option '--verbose'/);
    const bad = tempScenario(scenarioText('  - id: x\n    date: 2024-05-13\n    actor: nsc\n    type: call.held\n    summary: A call\n    effects: { russianPresure: 0.1 }\n'));
    const r = await cliAsync('model', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .*russianPresure`));
  });

  it('without a scenario, where there is no scenarios/baseline.yaml, says to name one, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-model-'));
    const r = spawnSync(process.execPath, [resolve('bin/redline.js'), 'model'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/model counts the overrides of a scenario, by default scenarios\/baseline\.yaml, which is not here; name one, e\.g\. redline model path\/to\/baseline\.yaml/);
  });
});
