import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { KEY_TABLE } from '../../src/tui/key-table.js';

describe('the terminal UI\'s page (docs/tui.md)', () => {
  const readme = readFileSync('docs/tui.md', 'utf8');

  it('lists every key the help pane lists, with the same words', () => {
    for (const k of KEY_TABLE) expect(readme).toContain(`| \`${k.keys}\` | ${k.does} |`);
  });

  it('shows pictures that exist', () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)/]+\.svg)\)/g)].map((m) => `docs/${m[1]!}`);
    expect(pictures).toEqual(expect.arrayContaining(['docs/tui-frame.svg', 'docs/tui-explain.svg']));
    for (const p of pictures) expect(readFileSync(p, 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/);
    expect(existsSync('scripts/tui-picture.mjs')).toBe(true);
  });
});
