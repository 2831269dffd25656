import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fastStringWidth } from '../../scripts/build/fast-string-width.mjs';
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
      '\u001b[1m▸\u001b[22m\u001b[7m\u001b[1mdanger to Kharkiv  \u001b[22m\u001b[27m ██░░░░░░┃░░░░░  0.12 ≥0.60',
      '\u001b[m─\u001b[38;5;208m·\u001b[0m', '\u001b[1234m─ long parameter', '\u001b[1;;2m─', '\u001b[;1m─', '\u001b[1m─ unterminated \u001b[1',
      '\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007 ─', '\u001b[2K─', '\u009b1m─', '\u001b─',
      'e\u0301 combining', '東京 wide', 'flag 🇺🇦 and ✅', '\u001b[1mbold ─\u001b[22m', 'soft\u00adhyphen', 'tab\there', '',
    ];
    for (const line of lines) expect(fastWidth(line), line).toBe(stringWidth(line));
    expect(fastWidth('─·', { ambiguousIsNarrow: false })).toBe(stringWidth('─·', { ambiguousIsNarrow: false }));
    expect(fastWidth('\u001b[1m─\u001b[22m', { countAnsiEscapeCodes: true })).toBe(stringWidth('\u001b[1m─\u001b[22m', { countAnsiEscapeCodes: true }));
  });

  it('agrees with string-width on random mixes of text, symbols, escape codes, wide and combining characters', () => {
    const piece = fc.constantFrom('a', ' ', '~', '─', '█', '▶', '·', '…', '→', '≥', 'é', '\u00ad', '\u0301', '東', '✅', '◽', '🇺', '\u200d', '\ufe0f', '\t',
      '\u001b[1m', '\u001b[22m', '\u001b[38;5;208m', '\u001b[m', '\u001b[', '\u001b', ';', 'm', '1', '\u009b');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const line = pieces.join('');
      expect(fastWidth(line)).toBe(stringWidth(line));
    }), { seed: 6, numRuns: 2000 });
  });

  it('is what Ink\'s copy of string-width resolves to in the bundle, and only that copy', async () => {
    // The TUI's entry bundled with the plugin, as scripts/build.mjs bundles it: where does each import of string-width land?
    const out = await build({
      entryPoints: ['src/tui/launch.tsx'], outdir: 'dist/string-width-test', write: false, metafile: true,
      bundle: true, platform: 'node', format: 'esm', external: ['react-devtools-core'], plugins: [fastStringWidth], logLevel: 'silent',
    });
    const lands = new Map<string, string>();
    for (const [file, input] of Object.entries(out.metafile.inputs)) {
      for (const i of input.imports) if (i.original === 'string-width') lands.set(file.replace(/^.*?node_modules\//, ''), i.path.replace(/^.*?node_modules\//, ''));
    }
    const wrapper = 'src/tui/string-width.ts';
    // Ink measures with it directly, and through widest-line and cli-truncate.
    for (const importer of ['ink/build/output.js', 'widest-line/index.js', 'cli-truncate/index.js']) expect(lands.get(importer), importer).toBe(wrapper);
    // The real string-width is reached from the wrapper alone.
    expect([...lands].filter(([, to]) => to === 'string-width/index.js')).toEqual([[wrapper, 'string-width/index.js']]);
    // wrap-ansi keeps its own major of string-width.
    expect(lands.get('wrap-ansi/index.js')).toBe('wrap-ansi/node_modules/string-width/index.js');
    // The real one is initialised on its first call, not as the TUI loads: its emoji regex is built then.
    const text = out.outputFiles.map((f) => f.text).join('\n');
    expect(text).toMatch(/var init_string_width = __esm\(\{\s*"[^"]*node_modules\/string-width\/index\.js"\(\) \{[^]*?\\p\{RGI_Emoji\}/);
    expect(text.match(/\\p\{RGI_Emoji\}/g)).toHaveLength(1);
  });

  it('is in the bundle the bin runs (dist, built before the tests): nothing but the plugin brings it in', () => {
    const sources = readdirSync('dist/chunks').filter((f) => f.endsWith('.js.map'))
      .flatMap((f) => (JSON.parse(readFileSync(join('dist/chunks', f), 'utf8')) as { sources: string[] }).sources);
    expect(sources.filter((s) => s.endsWith('src/tui/string-width.ts'))).toHaveLength(1);
  });
});
