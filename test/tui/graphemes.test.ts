import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphemeSegmenter, SIMPLE_TEXT } from '../../src/tui/graphemes.js';
import { simpleGraphemes } from '../../scripts/build/simple-graphemes.mjs';

const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ours = new GraphemeSegmenter(undefined, { granularity: 'grapheme' });
const split = (segments: Intl.Segments) => [...segments].map(({ segment, index, input }) => ({ segment, index, input }));

/** Both segmenters' answers for `text`: the segments in order, and which segment holds each index. */
function expectSame(text: string): void {
  expect(split(ours.segment(text)), JSON.stringify(text)).toEqual(split(real.segment(text)));
  for (let i = -1; i <= text.length; i++) expect(ours.segment(text).containing(i), `${JSON.stringify(text)} at ${i}`).toEqual(real.segment(text).containing(i));
}

describe('graphemes without ICU for simple text', () => {
  it('split every code point of the simple set as Intl.Segmenter does, beside letters, itself and line breaks', () => {
    let checked = 0;
    for (let cp = 0; cp < 0xd800; cp++) {
      const c = String.fromCharCode(cp);
      if (!SIMPLE_TEXT.test(c)) continue;
      checked++;
      for (const text of [`a${c}a`, c + c, `${c}\n${c}`]) {
        // One segment a code point: a mark, a joiner or a Prepend among them would join two.
        expect([...real.segment(text)].length, JSON.stringify(text)).toBe(text.length);
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it('agree with Intl.Segmenter on random mixes of simple text, marks, joiners, emoji, Hangul, flags and CR LF', () => {
    const piece = fc.constantFrom('a', ' ', 'Ж', 'é', '─', '█', '▶', '·', '…', '\u001b[1m', '\n', '\r', '\r\n', '\u0301', '\u200d', '\ufe0f', '👍', '🇺🇦',
      '각', '\u1100', '\u1161', '東', '\u0e33', '\u0d4e', '\u00ad', '\u2028');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectSame(pieces.join(''))), { seed: 11, numRuns: 1500 });
    expectSame('');
  });

  it('leave other granularities and the options to the real segmenter', () => {
    const words = new GraphemeSegmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s) => s.segment)).toEqual(['two', ' ', 'words']);
    expect(new GraphemeSegmenter().resolvedOptions().granularity).toBe('grapheme');
  });

  it('stand in for every Intl.Segmenter the TUI bundle makes, in the bundle the bin runs', async () => {
    const out = await build({
      entryPoints: ['src/tui/launch.tsx'], outdir: 'dist/graphemes-test', write: false,
      bundle: true, platform: 'node', format: 'esm', external: ['react-devtools-core'], plugins: [simpleGraphemes], logLevel: 'silent',
    });
    const bundled = out.outputFiles.map((f) => f.text).join('\n');
    // string-width (two majors), slice-ansi and ansi-tokenize each make one; graphemes.ts alone makes the real one.
    expect(bundled.match(/new (?:__)?GraphemeSegmenter\d*\(/g)?.length).toBeGreaterThanOrEqual(4);
    expect(bundled.match(/new Intl\.Segmenter\(/g)).toHaveLength(1);
    const dist = readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => readFileSync(join('dist/chunks', f), 'utf8')).join('\n');
    expect(dist.match(/new Intl\.Segmenter\b/g)).toHaveLength(1);
  });
});
