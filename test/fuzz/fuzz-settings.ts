import fc from 'fast-check';

/**
 * How hard to fuzz: `npm test` tries a few hundred inputs per property (thousands
 * in all) from a fixed seed, so CI is repeatable; REDLINE_FUZZ_RUNS=100000 and
 * REDLINE_FUZZ_SEED=<any number> search further. An input that crashes is printed
 * by fast-check with its seed and path: add it to test/fixtures/bad/ and its
 * manifest, then fix the code.
 */
export function fuzzParameters(runsInCi: number): fc.Parameters<unknown> {
  const runs = Number(process.env.REDLINE_FUZZ_RUNS ?? runsInCi);
  const seed = Number(process.env.REDLINE_FUZZ_SEED ?? 8);
  return { numRuns: runs, seed, endOnFailure: true };
}

/** Time for one property: a deep search (REDLINE_FUZZ_RUNS) may take an hour; the CI default, a minute on a busy machine. */
export const FUZZ_TIMEOUT_MS = process.env.REDLINE_FUZZ_RUNS ? 3_600_000 : 60_000;

/** Keys that have broken JavaScript programs that copy data into objects. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;

/** A text edit: where (as a fraction of the length) and what. */
type Edit =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate-line' | 'delete-line' | 'indent-line' | 'dedent-line'; readonly at: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly other: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Snippets that tend to reach the corners of a YAML or JSON reader. */
const SNIPPETS = ['\n', ': ', '- ', '  ', '\t', '"', "'", '{', '}', '[', ']', ',', '&a ', '*a', '!!binary ', '? ', '|', '>', '#', '---\n', '\r', '\uFEFF', '\u0000',
  '.nan', '.inf', '-1e400', '2024-02-30', '9999-12-31', '__proto__: ', 'constructor: ', 'null', '~', 'true', '0x1F', '"\\u0000"', 'é', '\uD800'];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'delete-line' as const, 'indent-line' as const, 'dedent-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fraction, other: fraction }),
);

/** `text` after one to four random edits; fast-check reports (and shrinks to) the edited text. */
export const editedArb = (text: string): fc.Arbitrary<string> =>
  fc.array(editArb, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(text, edits));

/** `text` with the edits applied in order. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const e of edits) {
    const i = Math.floor(e.at * (t.length + 1));
    const lines = t.split('\n');
    const l = Math.floor(e.at * lines.length);
    switch (e.kind) {
      case 'delete': t = t.slice(0, i) + t.slice(i + e.length); break;
      case 'insert': t = t.slice(0, i) + e.text + t.slice(i); break;
      case 'truncate': t = t.slice(0, i); break;
      case 'duplicate-line': lines.splice(l, 0, lines[l] ?? ''); t = lines.join('\n'); break;
      case 'delete-line': lines.splice(l, 1); t = lines.join('\n'); break;
      case 'indent-line': lines[l] = `  ${lines[l] ?? ''}`; t = lines.join('\n'); break;
      case 'dedent-line': lines[l] = (lines[l] ?? '').replace(/^ {1,2}/, ''); t = lines.join('\n'); break;
      case 'swap-lines': {
        const m = Math.floor(e.other * lines.length);
        [lines[l], lines[m]] = [lines[m] ?? '', lines[l] ?? ''];
        t = lines.join('\n');
        break;
      }
      default: {
        const never: never = e;
        throw new Error(`unknown edit ${JSON.stringify(never)}`);
      }
    }
  }
  return t;
}
