import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';

const pictures = JSON.parse(readFileSync('docs/pictures.json', 'utf8')) as { file: string; args: string[] }[];

describe('the README\'s pictures (npm run docs)', () => {
  it('lists the statechart and the compare chart, both shown in docs/pictures.md, the statechart in the README too', () => {
    const page = readFileSync('docs/pictures.md', 'utf8');
    expect(pictures.map((p) => p.file)).toEqual(['docs/decision.svg', 'docs/compare.svg']);
    for (const { file } of pictures) expect(page).toContain(`](${file.slice('docs/'.length)})`);
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/decision.svg)');
  });

  it.each(pictures)('$file is what the CLI draws today (if not: npm run docs)', async ({ file, args }) => {
    const out = join(mkdtempSync(join(tmpdir(), 'redline-docs-')), 'picture.svg');
    const io = bufferIO();
    expect(await main([...args, '-o', out], io), io.stderr()).toBe(0);
    expect(readFileSync(file, 'utf8') === readFileSync(out, 'utf8'), `${file} is out of date: run npm run docs`).toBe(true);
  });
});
