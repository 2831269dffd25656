import { build } from 'esbuild';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fastStringWidth } from '../../scripts/fast-string-width.mjs';
import fastWidth, { isNarrow } from '../../src/tui/string-width.js';

describe('the quick measure Ink lays the screen out with', () => {
  it('gives string-width\'s answer for every code point of the basic plane', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (fastWidth(ch) !== stringWidth(ch)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('answers the narrow symbols itself and leaves emoji in the same blocks to string-width', () => {
    for (const ch of '─│╭╮█░┃▶▸●◆·…→←↑↓≥−✓✗⑂×—–‹›é') expect(isNarrow(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '◽◾⌚⏩✅❌➕') expect(isNarrow(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('measures whole lines as string-width does, wide, combining and coloured ones included', () => {
    const lines = [
      '│  05-13 ● kyiv-formal-request      ││▸danger to Kharkiv   ██░░░░░░┃░░░░░  0.12 ≥0.60 │',
      '✓ approved-in-principle  05-15  −2 days … «Zelensky»',
      'e\u0301 combining', '東京 wide', 'flag 🇺🇦 and ✅', '\u001b[1mbold ─\u001b[22m', 'soft\u00adhyphen', 'tab\there', '',
    ];
    for (const line of lines) expect(fastWidth(line), line).toBe(stringWidth(line));
    expect(fastWidth('─·', { ambiguousIsNarrow: false })).toBe(stringWidth('─·', { ambiguousIsNarrow: false }));
    expect(fastWidth('\u001b[1m─\u001b[22m', { countAnsiEscapeCodes: true })).toBe(stringWidth('\u001b[1m─\u001b[22m', { countAnsiEscapeCodes: true }));
  });

  it('is what Ink\'s copy of string-width resolves to in the bundle, and only that copy', async () => {
    const out = await build({
      stdin: { contents: "import w from 'string-width'; import wrap from 'wrap-ansi'; console.log(w('─'), wrap('─', 4));", resolveDir: '.', loader: 'js' },
      bundle: true, write: false, platform: 'node', format: 'esm', metafile: true, plugins: [fastStringWidth], logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs).toContain('src/tui/string-width.ts');
    // wrap-ansi keeps its own major of string-width.
    expect(inputs.some((f) => /wrap-ansi\/node_modules\/string-width\//.test(f))).toBe(true);
  });
});
