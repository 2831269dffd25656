import fc from 'fast-check';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPES, INPUT_TYPE_NAMES, PARAMETERS, PARAMETER_NAMES, defaultParams, type ParameterUnit, type Params } from '../../machines/index.js';
import { formatDay, parseDay } from '../../src/engine/dates.js';
import type { RunInputs, ScenarioEvent } from '../../src/engine/types.js';
import { loadScenario } from '../../src/scenario/load.js';

/*
 * Random input timelines: events of any type in any order on any days, and
 * parameters anywhere in their ranges; or the historical record with its dates
 * shifted, events dropped and its parameters moved.
 */

const START = parseDay('2023-09-01')!;
const SPAN = 330;
const day = fc.integer({ min: 0, max: SPAN }).map((d) => formatDay(START + d));
const effect = fc.double({ min: -0.4, max: 0.4, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const eventArb = fc.record({
  date: day,
  type: fc.constantFrom(...INPUT_TYPE_NAMES),
  actor: fc.constantFrom(...ACTOR_IDS),
  effects: fc.dictionary(fc.constantFrom(...FORCE_NAMES), effect, { maxKeys: 2 }),
  level: fc.constantFrom('principals' as const, 'staff' as const),
  parties: fc.uniqueArray(fc.constantFrom(...ACTOR_IDS), { minLength: 1, maxLength: 3 }),
  setting: fc.constantFrom('public' as const, 'closed' as const),
});

type Generated = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/** A scenario input from generated parts: only the fields its type takes. */
function toEvent(e: Generated, i: number): ScenarioEvent {
  const channel = (INPUT_TYPES as Record<string, { event: string }>)[e.type]!.event === 'CHANNEL_OPENED';
  return {
    id: `e${i}`, date: e.date, actor: e.actor, type: e.type, summary: `Generated input ${i}`, effects: e.effects, sources: [],
    ...(channel ? { level: e.level, parties: e.parties } : {}),
    ...(e.type === 'remarks.made' ? { setting: e.setting } : {}),
    ...(e.type === 'aim.widened' ? { scope: 'deep-strikes' as const } : {}),
  };
}

/** The values a unit allows (as `set` changes allow them), with short delays so runs stay short. */
const RANGE: Readonly<Record<ParameterUnit, fc.Arbitrary<number>>> = {
  level: fc.double({ min: 0, max: 1, noNaN: true }),
  weight: fc.double({ min: 0, max: 1, noNaN: true }),
  threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  margin: fc.double({ min: -1, max: 1, noNaN: true }),
  step: fc.double({ min: -1, max: 1, noNaN: true }),
  days: fc.integer({ min: 0, max: 30 }),
};

/** Parameters: each at its default, or (one time in three) anywhere in its unit's range. */
export const paramsArb: fc.Arbitrary<Params> = fc.tuple(...PARAMETER_NAMES.map((name) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(PARAMETERS[name].value) }, { weight: 1, arbitrary: RANGE[PARAMETERS[name].unit] }),
)).map((values) => Object.fromEntries(PARAMETER_NAMES.map((n, i) => [n, Math.round(values[i]! * 1000) / 1000])) as Params);

/** Up to `max` inputs of any type, on any days from September 2023, in any order. */
export const randomTimelineArb = (max: number): fc.Arbitrary<RunInputs> => fc.record({
  events: fc.array(eventArb, { maxLength: max }), params: paramsArb, seed: fc.nat(),
}).map(({ events, params, seed }) => ({
  scenario: { id: 'random', title: 'A random timeline' }, params, seed, events: events.map(toEvent),
}));

let baseline: RunInputs | undefined;
const history = (): RunInputs => (baseline ??= loadScenario('scenarios/baseline.yaml').inputs);

/** The historical record with each input kept or dropped and moved by up to `maxShift` days, listed in a shuffled order. */
export const shiftedBaselineArb = (maxShift: number): fc.Arbitrary<RunInputs> => fc.record({
  shifts: fc.array(fc.integer({ min: -maxShift, max: maxShift }), { minLength: history().events.length, maxLength: history().events.length }),
  kept: fc.array(fc.boolean(), { minLength: history().events.length, maxLength: history().events.length }),
  order: fc.array(fc.nat(), { minLength: history().events.length, maxLength: history().events.length }),
  params: fc.oneof(fc.constant(defaultParams()), paramsArb),
}).map(({ shifts, kept, order, params }) => {
  const events = history().events
    .map((e, i) => ({ ...e, date: formatDay(parseDay(e.date)! + shifts[i]!) }))
    .map((e, i) => ({ e, k: order[i]! }))
    .filter((_, i) => kept[i] || i % 3 === 0)
    .sort((a, b) => a.k - b.k)
    .map(({ e }) => e);
  return { ...history(), scenario: { id: 'shifted', title: 'The record, shifted' }, params, events };
});
