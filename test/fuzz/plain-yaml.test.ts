import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { stringify } from 'yaml';
import { InputError } from '../../src/scenario/errors.js';
import { readPlainYaml } from '../../src/scenario/plain-yaml.js';
import { parseFullYaml, parseYaml } from '../../src/scenario/yaml-file.js';
import { FUZZ_TIMEOUT_MS, HOSTILE_KEYS, editedArb, fuzzParameters } from './fuzz-settings.js';

/*
 * A scenario is read by js-yaml when it is plain YAML, and by `yaml` otherwise. Wherever the light
 * reader answers, the file must mean what `yaml` says it means: `yaml` accepts it too, the data
 * are equal to the last -0, NaN and key order, and every error points where `yaml` would point.
 */

type Path = (string | number)[];

/** Equal as the scenario loader sees data: same types, same keys in the same order, Object.is at the leaves. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Every path to a node, each with ways to miss: an absent key, an index as a string, a key as a number. */
function pathsOf(data: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix, [...prefix, 'absent'], [...prefix, 0], [...prefix, '0'], [...prefix, 99]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** Keys to ask a mapping for, present or not. */
function keysOf(data: unknown): string[] {
  return data && typeof data === 'object' && !Array.isArray(data) ? [...Object.keys(data), 'absent'] : ['absent'];
}

/** How often the light reader answered and declined, for each check to show it tried both. */
type Tally = { plain: number; declined: number };
const newTally = (): Tally => ({ plain: 0, declined: 0 });

/** The check tried both sides: files the light reader answered for, and files it left to `yaml`. */
function expectBoth(tally: Tally, plain: number, declined: number): void {
  expect(tally.plain).toBeGreaterThanOrEqual(plain);
  expect(tally.declined).toBeGreaterThanOrEqual(declined);
}

/** Where the light reader answers, `yaml` gives the same data, and every problem the same place. */
function readsAsYamlDoes(text: string, tally: Tally = newTally()): void {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
  const plain = readPlainYaml(clean);
  if (!plain) {
    tally.declined++;
    return;
  }
  tally.plain++;
  let full;
  try {
    full = parseFullYaml('f.yaml', clean);
  } catch (err) {
    const why = err instanceof InputError ? err.problems.map((p) => p.message).join('; ') : String(err);
    throw new Error(`the light reader accepted what yaml refuses (${why}):\n${JSON.stringify(clean)}`, { cause: err });
  }
  expect(same(plain.data, full.data), `data differ for ${JSON.stringify(clean)}:\n${JSON.stringify(plain.data)}\n${JSON.stringify(full.data)}`).toBe(true);
  const light = parseYaml('f.yaml', text);
  for (const path of pathsOf(full.data)) {
    expect(light.locate(path), `locate ${JSON.stringify(path)} in ${JSON.stringify(clean)}`).toEqual(full.locate(path));
    let node: unknown = full.data;
    for (const k of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[k] : undefined;
    for (const key of keysOf(node)) {
      expect(light.keyProblem(path, key, 'm'), `key ${key} at ${JSON.stringify(path)} in ${JSON.stringify(clean)}`).toEqual(full.keyProblem(path, key, 'm'));
    }
  }
}

/** Scalars that sit on the borders of the core schema and of YAML's quoting. */
const TRICKY = ['', ' ', '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'No', 'on', 'y', '0', '-0', '+0', '00', '007',
  '0o17', '0o8', '0x1F', '0X1f', '0b101', '1_000', '1e400', '-1e400', '1e-400', '.5', '5.', '+.5e3', '1.0', '1.50', '.inf', '-.Inf', '+.INF',
  '.nan', '.NaN', 'NaN', 'Infinity', '12:30', '1:20:30', '2024-05-15', '2024-05-15T10:00:00Z', '9'.repeat(400), '#', 'a # b', 'a #b', 'a: b',
  '- a', '? a', '"', "'", '\\', '\\n', '\t', 'x\ty', ' lead', 'trail ', 'two\nlines', 'para\n\nbreak', '\n', 'end\n', 'Харків', '😀', '\u2028',
  '\u0085', '%', '@', '`', '!', '&a', '*a', '|', '>', '[', ']', '{', '}', ',', '<<', '=', '---', '...'];

const scalarArb = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
);
const keyArb = fc.oneof(fc.constantFrom(...TRICKY.filter((t) => t !== ''), ...HOSTILE_KEYS.filter((k) => k !== '__proto__')), fc.string({ minLength: 1, maxLength: 12 }));
const { value: valueArb } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
}));
/** Mostly a mapping, as every file redline reads is; now and then anything else. */
const documentArb = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(keyArb, valueArb, { minKeys: 1, maxKeys: 5 }) },
  { weight: 1, arbitrary: valueArb },
);
const optionsArb = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  lineWidth: fc.constantFrom(0, 20, 80),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
}) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;

/** Hand-written corners of the YAML spec: block scalar headers, escapes, flow oddities, stray indicators. */
const CORNERS = [
  'a: |2\n   x\n  y\n', 'a: |+\n  x\n\n\nb: 1\n', 'a: >\n  x\n    y\n  z\n', 'a: >-\n\n  x\n\n  y\n', 'a: [b\n  c]\n', 'a: b#c\n', "a: 'it''s'\n",
  'a: "\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\\0\\a\\e\\ \\/\\t"\n', 'a: "a\\\n   b"\n', 'a: "\\q"\n', 'a: {b, c: d}\n', 'a: [b: c]\n', '? a\n: b\n', 'a: []\nb: {}\n',
  'a   : 1\n', 'a: b\n  # c\n  d\n', 'a: b\n# c\n  d\n', 'a:\n- 1\n- 2\n', 'a:\n  - 1\n - 2\n', 'a: 1\n b: 2\n', 'a: "x\n  y"\n', "a: 'x\n\n  y'\n",
  'a: x\n\n\n  y\n', 'a: - b\n', 'a: b: c\n', 'a: [1,2,]\n', 'a: [1,,2]\n', 'a: {b: 1,}\n', 'a: ,b\n', 'a: b,\n', 'a: "b" c\n', 'a: |\n x\n  y\n',
  'a: |\n\n  x\n', 'a: |\n  \n  x\n', 'a: >+\n  x\n', 'a: |-\n', 'a: |\nb: 1\n', 'a: -1\nb: - 1\n', 'a: ---\n', 'a: ...\n', 'a: %x\n', 'a: @x\n', 'a: `x\n',
  'a: x\n...\n', 'a: [x\n]\n', 'a: {x\n}\n', 'a:\n  b:\n    c: 1\n  d: 2\n', 'a: "x" # c\n', 'a: x #c\n', 'a: x# c\n', '#c\na: 1 #c\n#c\n', 'a: \u00a0x\n',
  'a: x\u00a0\n', '\u00a0a: 1\n', 'a: "\u2028"\n', 'a: x\u2028y\n', 'a: x\u0085y\n', 'a:\r\n  - 1\r\n', 'a: >\r\n  x\r\n  y\r\n', 'a: "x\r\n  y"\r\n',
  'a: 1\n? b\n', 'a: 1\n: b\n', '- a\n', 'a: !x b\n', 'a: [a, [b, {c: [d]}]]\n', 'a: {"b": 1, \'c\': 2}\n', '"a b": 1\n', "'a': 1\n", 'a b: 1\n',
  'a: { b: 1 }\n', 'a: [ ]\n', 'a: {}}\n', 'a: ]\n', 'a: x\n  b: 1\n', 'a:\n  b\nc: 1\n', 'a: "\n"\n', 'a: ""\n', "a: ''\n", 'a: "\\"\n',
  'a: x\n   \n  y\n', 'a:    \n  x\n', 'a: 1.0e+3\n', 'a: 1E3\n', 'a: 0.\n', 'a: -.5\n', 'a: +12\n', 'a: 0o\n', 'a: 0x\n', 'a: 1e\n',
];

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));

describe('the light YAML reader reads as yaml does, or leaves the file to yaml', () => {
  it('on every scenario and fixture of the project', () => {
    const all = [...shippedScenarios(), ...files('test/fixtures')];
    const tally = newTally();
    for (const f of all) readsAsYamlDoes(readFileSync(f, 'utf8'), tally);
    expectBoth(tally, 150, 30);
    // The library is all plain YAML: every scenario is read by the light reader.
    for (const f of shippedScenarios()) expect(readPlainYaml(readFileSync(f, 'utf8')), f).toBeDefined();
  });

  it('on hand-written corners of YAML', () => {
    const tally = newTally();
    for (const text of CORNERS) readsAsYamlDoes(text, tally);
    expectBoth(tally, 40, 15);
  });

  it('on data of every shape, written by yaml in each of its styles', () => {
    const tally = newTally();
    fc.assert(fc.property(documentArb, optionsArb, (value, options) => {
      readsAsYamlDoes(stringify(value, options), tally);
    }), fuzzParameters(500));
    expectBoth(tally, 250, 50);
  }, FUZZ_TIMEOUT_MS);

  it('on scenarios edited at random', () => {
    const texts = [...shippedScenarios().slice(0, 3), 'test/fixtures/broken.yaml'].map((f) => readFileSync(f, 'utf8'));
    const tally = newTally();
    fc.assert(fc.property(fc.constantFrom(...texts).chain(editedArb), (text) => readsAsYamlDoes(text, tally)), fuzzParameters(300));
    expectBoth(tally, 40, 100);
  }, FUZZ_TIMEOUT_MS);
});
