import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPE_NAMES, SOURCE_KEYS } from '../../machines/index.js';
import { simulate } from '../../src/engine/index.js';
import { formatLog, parseLog } from '../../src/log/index.js';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario, type LoadedScenario } from '../../src/scenario/load.js';
import { watchPrototypes } from '../helpers/prototypes.mjs';
import { FUZZ_TIMEOUT_MS, HOSTILE_KEYS, editedArb, fuzzParameters } from './fuzz-settings.js';

/*
 * Whatever the bytes, loading a scenario ends in a scenario that runs, or in an
 * InputError whose every problem names the file (and a line, when it has one).
 * Anything else thrown is a crash: fast-check prints the input that caused it.
 */

const dir = mkdtempSync(join(tmpdir(), 'redline-fuzz-'));
copyFileSync('scenarios/baseline.yaml', join(dir, 'baseline.yaml'));
const file = join(dir, 'fuzzed.yaml');
const BASELINE = readFileSync('scenarios/baseline.yaml', 'utf8');
/** Small enough to load and run in a millisecond or two, with most of what YAML can say in it. */
const SMALL = `# a comment
id: small
title: "A small scenario"
summary: >-
  Folded text, 'quotes', and an anchor.
seed: 3
events:
  - &first
    id: offensive
    date: 2024-05-10
    actor: russia
    type: offensive.launched
    summary: Russia attacks toward Kharkiv (Харків)
    effects: { russianPressure: 0.8, ukraineStocks: -0.5 }
    sources: [ap-2024-05-31]
  - { id: call, date: 2024-05-13, actor: kyiv, type: call.held, summary: 'Zelenskyy calls', level: principals, parties: [kyiv, nsc] }
  - id: remarks
    date: 2024-05-29
    actor: state
    type: remarks.made
    setting: public
    summary: |
      Blinken speaks in Moldova.
`;
const WHAT_IF = readFileSync('scenarios/congress-early.yaml', 'utf8');
/** Every prototype property added or replaced from here on: loading a scenario must leave none. */
const pollution = watchPrototypes();

type Outcome = { loaded: LoadedScenario } | { problems: number };

/** Loads `content` as a scenario beside the baseline; checks the outcome is one of the two allowed. */
function load(content: string | Uint8Array): Outcome {
  writeFileSync(file, content);
  let loaded: LoadedScenario;
  try {
    loaded = loadScenario(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.problems.length).toBeGreaterThan(0);
    for (const p of err.problems) {
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.file.length).toBeGreaterThan(0);
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    }
    expect(err.message.length).toBeLessThan(200_000);
    return { problems: err.problems.length };
  } finally {
    expect(pollution()).toEqual([]);
  }
  // What loads must run, and its log must read back.
  const run = simulate(loaded.inputs);
  expect(parseLog(formatLog(run), 'fuzzed.jsonl').run.events).toHaveLength(run.events.length);
  return { loaded };
}

/** Any value; among them mappings whose keys are the names JavaScript calls on its own (`toString` set to a number). */
const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.double(), fc.constantFrom(...HOSTILE_KEYS), fc.constant(Number.NaN),
  fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 }));
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: value });
const day = fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** An event of mostly the right shape, with a wrong value here and there and hostile keys among its effects. */
const eventArb = fc.record({
  id: maybe(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/)),
  date: maybe(day),
  actor: maybe(fc.constantFrom(...ACTOR_IDS)),
  type: maybe(fc.constantFrom(...INPUT_TYPE_NAMES)),
  summary: maybe(fc.string({ minLength: 1, maxLength: 20 })),
  effects: maybe(fc.dictionary(fc.oneof(fc.constantFrom(...FORCE_NAMES), key), maybe(fc.double({ min: -1, max: 1, noNaN: true })), { maxKeys: 3 })),
  sources: maybe(fc.array(fc.oneof(fc.constantFrom(...SOURCE_KEYS), fc.string({ maxLength: 6 })), { maxLength: 2 })),
  level: maybe(fc.constantFrom('principals', 'staff')),
  parties: maybe(fc.array(fc.constantFrom(...ACTOR_IDS), { minLength: 1, maxLength: 3 })),
}, { requiredKeys: [] });

const scenarioArb = fc.record({
  id: maybe(fc.constantFrom('fuzz', 'baseline', 'a-b')),
  title: maybe(fc.string({ minLength: 1, maxLength: 20 })),
  summary: maybe(fc.string({ minLength: 1, maxLength: 20 })),
  seed: maybe(fc.integer({ min: 0, max: 9 })),
  events: maybe(fc.array(eventArb, { maxLength: 6 })),
  extends: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('baseline', './baseline.yaml', 'fuzzed', '../nowhere.yaml') }),
  changes: fc.constantFrom(undefined, [{ remove: 'cameron-kyiv-remarks' }], [{ set: { parameter: 'dueDiligenceDays', value: 3 } }], [{ move: 'supplemental-signed', to: '2024-02-30' }]),
  expect: fc.constantFrom(undefined, [{ milestone: 'in-effect', after: '2024-01-01' }], [{ event: 'nothing.happened', never: true }]),
  extra: fc.dictionary(key, value, { maxKeys: 2 }),
}, { requiredKeys: [] }).map(({ extra, ...s }) => ({ ...extra, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) }));

describe('fuzzing the scenario loader: every input loads and runs, or is refused with located problems', () => {
  it('a small scenario, edited at random (deleted, inserted, truncated, lines moved)', () => {
    fc.assert(fc.property(editedArb(SMALL), (text) => {
      load(text);
    }), fuzzParameters(600));
  }, FUZZ_TIMEOUT_MS);

  it('the baseline, edited at random', () => {
    fc.assert(fc.property(editedArb(BASELINE), (text) => {
      load(text);
    }), fuzzParameters(60));
  }, FUZZ_TIMEOUT_MS);

  it('a what-if (extends, changes, expect), edited at random', () => {
    fc.assert(fc.property(editedArb(WHAT_IF), (text) => {
      load(text);
    }), fuzzParameters(40));
  }, FUZZ_TIMEOUT_MS);

  it('scenarios built from parts, some of the wrong type, with hostile keys', () => {
    const outcomes = { loaded: 0, refused: 0 };
    fc.assert(fc.property(scenarioArb, (s) => {
      outcomes['loaded' in load(stringify(s)) ? 'loaded' : 'refused']++;
    }), fuzzParameters(300));
    // Both ends are reached: the generator is not only making garbage.
    expect(outcomes.loaded).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT_MS);

  it('any bytes at all', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      load(bytes);
    }), fuzzParameters(800));
  }, FUZZ_TIMEOUT_MS);

  it('any text, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      load(text);
    }), fuzzParameters(800));
  }, FUZZ_TIMEOUT_MS);
});
