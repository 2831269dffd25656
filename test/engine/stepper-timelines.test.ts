import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORCE_NAMES, type ActorId, type ParameterName } from '../../machines/index.js';
import { formatDay, parseDay } from '../../src/engine/dates.js';
import type { RunInputs, ScenarioEvent } from '../../src/engine/types.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate, simulateReference } from '../../src/engine/simulate.js';
import { BASELINE } from '../helpers/scenario.js';

const base = loadScenario(BASELINE).inputs;
const DAY0 = parseDay('2024-04-01')!;

/** Parameters the decision turns on, each over a range wide enough to defer, refuse or wave through. */
const PARAMETER_RANGES: [ParameterName, number, number][] = [
  ['kyivRequestThreat', 0.3, 0.9], ['advisorsSupportThreshold', 0.2, 0.7], ['inPrincipleMargin', -0.4, 0.1],
  ['refusalMargin', -0.6, -0.1], ['dueDiligenceRestraint', 0.2, 0.8], ['principalsSupportThreshold', 0.3, 0.8],
  ['finalApprovalMargin', -0.2, 0.2], ['isolationThreshold', 0.1, 0.8], ['deepStrikeRestraintPremium', 0, 0.5],
];
const DELAYS: ParameterName[] = ['recommendationDraftingDays', 'dueDiligenceDays', 'letterDraftingDays', 'operationalPlanningDays', 'aidToFrontDays'];

const date = fc.integer({ min: 0, max: 90 }).map((d) => formatDay(DAY0 + d));
const effects = fc.dictionary(fc.constantFrom(...FORCE_NAMES), fc.integer({ min: -30, max: 30 }).map((x) => x / 100), { maxKeys: 2 });
const actor = fc.constantFrom<ActorId>('kyiv', 'nsc', 'state', 'pentagon', 'president', 'press', 'allies');

/** Inputs the baseline does not have: leaks, remarks, channels, allied moves, a wider aim. */
const extra = fc.oneof(
  fc.record({ date, effects }).map((e) => ({ ...e, type: 'story.published' as const, actor: 'press' as ActorId })),
  fc.record({ date, effects, actor, setting: fc.constantFrom('public' as const, 'closed' as const) }).map((e) => ({ ...e, type: 'remarks.made' as const })),
  fc.record({ date, effects, actor, level: fc.constantFrom('principals' as const, 'staff' as const), type: fc.constantFrom('call.held' as const, 'meeting.held' as const, 'trip.began' as const) })
    .map((e) => ({ ...e, parties: [e.actor, 'kyiv' as ActorId] })),
  fc.record({ date, effects }).map((e) => ({ ...e, type: 'ally.moved' as const, actor: 'allies' as ActorId })),
  fc.record({ date }).map((e) => ({ ...e, type: 'aim.widened' as const, actor: 'kyiv' as ActorId, scope: 'deep-strikes' as const, effects: {} })),
);

const timelineArb = fc.record({
  kept: fc.shuffledSubarray(base.events.map((_, i) => i), { minLength: 24 }),
  shifts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -10, max: 10 })), { minLength: base.events.length, maxLength: base.events.length }),
  extras: fc.array(extra, { maxLength: 6 }),
  params: fc.tuple(...PARAMETER_RANGES.map(([, lo, hi]) => fc.option(fc.integer({ min: lo * 100, max: hi * 100 }).map((x) => x / 100)))),
  delays: fc.tuple(...DELAYS.map(() => fc.option(fc.integer({ min: 0, max: 10 })))),
}).map(({ kept, shifts, extras, params, delays }): RunInputs => {
  const events: ScenarioEvent[] = kept.map((i) => ({ ...base.events[i]!, date: formatDay(parseDay(base.events[i]!.date)! + shifts[i]!) }));
  extras.forEach((e, n) => events.push({ id: `extra-${n}`, summary: 'generated', sources: [], ...e } as ScenarioEvent));
  const set: Partial<Record<ParameterName, number>> = {};
  PARAMETER_RANGES.forEach(([name], i) => params[i] !== null && (set[name] = params[i]!));
  DELAYS.forEach((name, i) => delays[i] !== null && (set[name] = delays[i]!));
  return { ...base, params: { ...base.params, ...set }, events };
});

// Cases tried first: the baseline itself, with an early leak, and with a president quick to refuse.
const WITH_EARLY_LEAK: RunInputs = {
  ...base, events: [...base.events, { id: 'early-leak', date: '2024-05-20', actor: 'press', type: 'story.published', summary: 'generated', effects: {}, sources: [] }],
};
const WITH_REFUSAL: RunInputs = { ...base, params: { ...base.params, inPrincipleMargin: 0.1, refusalMargin: 0 } };

describe('the compiled stepper against the reference engine on generated timelines', () => {
  // 43 runs through XState's transition() (~130 ms each on a quiet machine): the suite's 20 s is too short on a busy one.
  it('writes the same log, event for event, whatever the inputs, their dates, order and the parameters', { timeout: 120_000 }, () => {
    const outcomes = new Set<string>();
    fc.assert(fc.property(timelineArb, (inputs) => {
      const reference = simulateReference(inputs);
      expect(JSON.stringify(simulate(inputs))).toBe(JSON.stringify(reference));
      for (const e of reference.events) if (e.kind === 'decision') outcomes.add(e.type);
    }), { numRuns: 40, examples: [[base], [WITH_EARLY_LEAK], [WITH_REFUSAL]] });
    // Between them, the cases reach the paths history did not take, not just the baseline's.
    expect(outcomes).toContain('president.final-approval');
    expect([...outcomes].some((t) => t === 'president.deferred' || t === 'president.refused')).toBe(true);
    expect(outcomes).toContain('decision.leaked');
  });
});
