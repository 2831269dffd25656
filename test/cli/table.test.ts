import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/table.js';
import { BUILD_PLUGINS } from '../../scripts/build/plugins.mjs';
import { NODE_BUNDLE } from '../../scripts/build/node-bundle.mjs';

const HEADER = ['scenario', 'title', 'date', 'note'];
const ROWS = [
  ['baseline', 'Washington says no', '2024-05-13', 'ascii'],
  ['tokyo', '東京の決定', '2024-05-15', 'wide'],
  ['rocket', 'launch 🚀 day', '2024-05-30', 'emoji'],
  ['accent', 'Ukraïna e\u0301', '—', 'combining'],
];

/** The terminal column each cell starts at, line by line. */
function starts(lines: readonly string[], cells: readonly (readonly string[])[]): number[][] {
  return lines.map((line, r) => {
    let from = 0;
    return cells[r]!.map((c) => {
      const at = line.indexOf(c, from);
      from = at + c.length;
      return stringWidth(line.slice(0, at));
    });
  });
}

function expectAligned(lines: readonly string[]): void {
  const body = [lines[0]!, ...lines.slice(2)];
  const at = starts(body, [HEADER, ...ROWS]);
  for (const row of at) expect(row, body.join('\n')).toEqual(at[0]);
  // The rule under the header is as wide as each column.
  expect(lines[1]!.split('  ').slice(0, -1).map((r) => r.length)).toEqual(at[0]!.slice(1).map((s, i) => s - at[0]![i]! - 2));
}

describe('tables', () => {
  it('line up by terminal columns when a title is CJK, holds an emoji or a combining mark', () => {
    const lines = formatTable(HEADER, ROWS);
    expectAligned(lines);
    // The wide title counts 10 columns, not 5 characters: the next column starts past it.
    expect(lines[3]).toBe('tokyo     東京の決定          2024-05-15  wide');
  });

  it('line up the same in the bundle the bin runs (its string-width and segmenter swapped in)', async () => {
    const out = await build({
      ...NODE_BUNDLE, stdin: { contents: "export { formatTable } from './src/cli/table.ts';", resolveDir: process.cwd(), loader: 'ts' },
      write: false, plugins: BUILD_PLUGINS, logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'redline-table-')), 'table.mjs');
    writeFileSync(file, out.outputFiles![0]!.text);
    const bundled = (await import(pathToFileURL(file).href)) as { formatTable: typeof formatTable };
    expect(bundled.formatTable(HEADER, ROWS)).toEqual(formatTable(HEADER, ROWS));
  });
});
