import { describe, expect, it } from 'vitest';
import {
  EFFECT_PARAMETERS, EFFECT_RULES, INPUT_TYPES, PARAMETERS, PRIORS, defaultParams, effectRule, isSourceKey,
} from '../../machines/index.js';
import { effectOverrides, foldRun, inputEffects, simulate, type RunInputs, type ScenarioEvent } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { cliAsync } from '../helpers/cli.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';

const p = defaultParams();
const event = (over: Partial<ScenarioEvent>): ScenarioEvent => ({
  id: 'e', date: '2024-05-01', actor: 'congress', type: 'lawmakers.pressed', summary: 'an input', sources: [], ...over,
});

describe('effects by default from an input\'s type and actor', () => {
  it('an input that writes none moves the ledger by its type\'s parameters, read from the run\'s params', () => {
    expect(inputEffects(event({}), p)).toEqual({ congressPressure: PARAMETERS.lobbyPush.value });
    expect(inputEffects(event({}), { ...p, lobbyPush: 0.3 })).toEqual({ congressPressure: 0.3 });
    expect(inputEffects(event({ type: 'aid.stalled', actor: 'congress' }), p)).toEqual({ ukraineStocks: -p.aidGapDrain });
  });

  it('an actor\'s rule takes the place of its type\'s: the Pentagon\'s briefings go to Congress; its view is its machine\'s', () => {
    expect(inputEffects(event({ type: 'briefing.given', actor: 'pentagon' }), p)).toEqual({ internalAdvocacy: p.advocacyPush, congressPressure: p.lobbyPush });
    expect(inputEffects(event({ type: 'briefing.given', actor: 'state' }), p)).toEqual({ internalAdvocacy: p.advocacyPush });
    expect(inputEffects(event({ type: 'assessment.made', actor: 'pentagon' }), p)).toEqual({});
    expect(inputEffects(event({ type: 'assessment.made', actor: 'state' }), p)).toEqual({ internalAdvocacy: p.advocacyPush });
    expect(inputEffects(event({ type: 'trip.began', actor: 'kyiv' }), p)).toEqual({});
    expect(inputEffects(event({ type: 'trip.began', actor: 'state' }), p)).toEqual({ internalAdvocacy: p.advocacyPush });
  });

  it('channels, remarks, stories, the aid bill, warnings and allies\' moves move no force: their machines react instead', () => {
    for (const type of ['call.held', 'meeting.held', 'remarks.made', 'story.published', 'supplemental.passed', 'supplemental.signed', 'aim.widened', 'threat.issued', 'ally.moved'] as const) {
      expect(effectRule(type, 'nsc'), type).toBeUndefined();
    }
  });

  it('effects written on the event override the defaults, an empty mapping included', () => {
    expect(inputEffects(event({ effects: { alliedIsolation: 0.4 } }), p)).toEqual({ alliedIsolation: 0.4 });
    expect(inputEffects(event({ effects: {} }), p)).toEqual({});
    expect(effectOverrides([event({ id: 'a' }), event({ id: 'b', effects: {} })]).map((e) => e.id)).toEqual(['b']);
  });

  it('every rule reads parameters of the model, each with a reason, known source keys, how it was chosen and a prior to draw', () => {
    for (const rule of EFFECT_RULES) expect(Object.keys(INPUT_TYPES)).toContain(rule.type);
    expect(EFFECT_PARAMETERS.length).toBeGreaterThan(5);
    for (const name of EFFECT_PARAMETERS) {
      const spec = PARAMETERS[name];
      expect(spec.unit, name).toBe('step');
      expect(spec.reason.length, name).toBeGreaterThan(20);
      expect(spec.sources.length, name).toBeGreaterThan(0);
      for (const key of spec.sources) expect(isSourceKey(key), `${name}: ${key}`).toBe(true);
      expect(spec.chosen, name).toMatch(/^(judged|read|calibrated):/);
      expect(PRIORS[name].shape.kind, name).toBe('triangular');
    }
  });

  it('no actor has two rules for one type, so which rule applies never depends on their order', () => {
    const keys = EFFECT_RULES.flatMap((r) => (r.actors ?? ['*']).map((a) => `${r.type} ${a}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the baseline takes its effects from the defaults', () => {
  const baseline = loadScenario(BASELINE).inputs;

  it('writes no effect on any event', () => {
    expect(effectOverrides(baseline.events)).toEqual([]);
  });

  it('a default effect size moves the run: with no allied push at all, the president never signs off in May', () => {
    const run = (inputs: RunInputs) => foldRun(simulate(inputs)).milestones['final-approval']?.date ?? 'never';
    expect(run(baseline)).toBe('2024-05-24');
    expect(run({ ...baseline, params: { ...baseline.params, allyMovePush: 0 } })).not.toMatch(/^2024-05-2[0-4]$/);
  });

  it('logs each input with the effects it had, and marks the ones written on the event', () => {
    const log = simulate(baseline).events;
    const cameron = log.find((e) => e.kind === 'input' && e.data.id === 'cameron-kyiv-remarks')!;
    // The move itself pushes nothing: the allies' machine, breaking ranks, does, in the next event.
    expect(cameron.data).toMatchObject({ effects: {} });
    expect(cameron.data).not.toHaveProperty('override');
    expect(log[cameron.seq]).toMatchObject({ type: 'allies.breaking-ranks', cause: cameron.seq, data: { effects: { alliedIsolation: p.allyMovePush } } });
    const written = simulate({ ...baseline, events: baseline.events.map((e) => (e.id === 'cameron-kyiv-remarks' ? { ...e, effects: { alliedIsolation: 0.2 } } : e)) }).events;
    expect(written.find((e) => e.kind === 'input' && e.data.id === 'cameron-kyiv-remarks')!.data).toMatchObject({ effects: { alliedIsolation: 0.2 }, override: true });
  });
});

describe('run shows the inputs that write their own effects', () => {
  const file = tempScenario(scenarioText(`  - id: leak
    date: 2024-05-20
    actor: press
    type: story.published
    summary: A leak
    effects: { escalationRisk: 0.1 }
    sources: [ap-2024-05-31]
  - id: allies
    date: 2024-05-21
    actor: allies
    type: ally.moved
    summary: An ally moves
    sources: [ap-2024-05-31]
`));

  it('in --json, as { id, effects } each', async () => {
    const r = await cliAsync('run', file, '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).overrides).toEqual([{ id: 'leak', effects: { escalationRisk: 0.1 } }]);
  });

  it('in the table, by id under the final state; none for the baseline', async () => {
    expect((await cliAsync('run', file)).out).toMatch(/\n1 input writes its own effects \(overrides of the defaults by type and actor\): leak$/);
    expect((await cliAsync('run', BASELINE)).out).not.toMatch(/own effects/);
    expect(JSON.parse((await cliAsync('run', BASELINE, '--json')).out).overrides).toEqual([]);
  });
});
