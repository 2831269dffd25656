import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runJson, runTable } from '../../src/cli/run-report.js';
import { stateJson, stateText } from '../../src/cli/state-report.js';
import { createTimeline } from '../../src/engine/index.js';
import { parseLog, verifyLog, type LoadedLog } from '../../src/log/index.js';
import { InputError } from '../../src/scenario/errors.js';
import { tinyLog } from '../hostile/damaged-logs.js';
import { watchPrototypes } from '../helpers/prototypes.mjs';
import { FUZZ_TIMEOUT_MS, HOSTILE_KEYS, editedArb, fuzzParameters } from './fuzz-settings.js';

/*
 * Whatever a log file holds, reading it ends in a run that replay, state and
 * verify can show, or in an InputError naming the file and line. Anything else
 * thrown is a crash: fast-check prints the text that caused it.
 */

const TEXT = tinyLog();
const LINES = TEXT.slice(0, -1).split('\n');
/** Every prototype property added or replaced from here on: reading a log must leave none. */
const pollution = watchPrototypes();

/** Reads `text`; when it reads, everything the commands do with a log must work on it. */
function read(text: string): 'read' | 'refused' {
  let log: LoadedLog;
  try {
    log = parseLog(text, 'fuzzed.jsonl');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) {
      expect(p.file).toBe('fuzzed.jsonl');
      expect(p.message.length).toBeGreaterThan(0);
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    }
    return 'refused';
  } finally {
    expect(pollution()).toEqual([]);
  }
  runTable(log.run);
  JSON.stringify(runJson(log.run));
  const timeline = createTimeline(log.run, 2);
  for (let seq = 0; seq <= log.run.events.length; seq++) stateText(stateJson(log.run, timeline.stateAt(seq)));
  verifyLog(log);
  return 'read';
}

/** Values at the edges of what a log holds: days that do not exist or run off the calendar, huge and negative numbers. */
const EDGES = ['2024-02-30', '9999-12-31', '0000-01-01', '+010000-01-01', '2024-5-1', 1e300, -1e300, -1, 0, 0.5, 1.5, 2 ** 53, -0, '', 'decision', 'decision:deep-strikes',
  'call.held', 'aim.widened', 'kharkiv-border', 'path.inEffect', 'x.y.z'];

/** A JSON value with the keys that break naive copying, at any depth. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.double(), fc.constantFrom(...HOSTILE_KEYS, ...EDGES), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 3 }),
})).value;

/** A path into a JSON value, as indexes to pick keys with (modulo the keys there). */
const pathArb = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

/** `json` with the value at the path picked by `picks` replaced (or, past a leaf, nothing changed). */
function replaceAt(json: unknown, picks: readonly number[], replacement: unknown): unknown {
  if (picks.length === 0 || json === null || typeof json !== 'object') return replacement;
  const keys = Object.keys(json);
  if (keys.length === 0) return replacement;
  const k = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(json) ? [...json] as unknown as Record<string, unknown> : { ...json };
  // Own property even for "__proto__": the shape JSON.parse gives a file's keys.
  Object.defineProperty(copy, k, { value: replaceAt((json as Record<string, unknown>)[k], picks.slice(1), replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

describe('fuzzing the log reader: every text reads and replays, or is refused at a line', () => {
  it('a log edited at random (cut, lines dropped, doubled, swapped, bytes inserted)', () => {
    fc.assert(fc.property(editedArb(TEXT), (text) => {
      read(text);
    }), fuzzParameters(600));
  }, FUZZ_TIMEOUT_MS);

  it('a log with one value somewhere replaced by any JSON, hostile keys included', () => {
    const outcomes = { read: 0, refused: 0 };
    fc.assert(fc.property(fc.nat({ max: LINES.length - 1 }), pathArb, hostileJson, (line, path, replacement) => {
      const edited = LINES.map((l, i) => (i === line ? JSON.stringify(replaceAt(JSON.parse(l), path, replacement)) : l));
      outcomes[read(`${edited.join('\n')}\n`)]++;
    }), fuzzParameters(600));
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT_MS);

  it('any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      read(text);
    }), fuzzParameters(600));
  }, FUZZ_TIMEOUT_MS);
});
