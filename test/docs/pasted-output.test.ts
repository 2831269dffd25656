import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// A pasted block is a fence whose first line is `$ npx redline ARGS` and the rest what it printed.
// Only commands that read and print are re-run here: no pipes, redirections or files written.
// A block may be cut short where it says so: a line `…` stands for any lines, a line ending `, …` for
// the rest of that line.
const READ_ONLY = new Set(['run', 'check', 'diff', 'explain']);
const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function pastedBlocks(page: string): { page: string; line: number; args: string[]; shown: string }[] {
  const lines = readFileSync(page, 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\$ npx redline (.+)$/.exec(lines[i]!);
    if (!m || lines[i - 1] !== '```') continue;
    const args = m[1]!.split(' ');
    if (!READ_ONLY.has(args[0]!) || /[^\w ./:=-]|--log|-o /.test(m[1]!)) continue;
    const end = lines.indexOf('```', i);
    blocks.push({ page, line: i + 1, args, shown: lines.slice(i + 1, end).join('\n') });
  }
  return blocks;
}

const escape = (line: string): string => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(shown: string): RegExp {
  const lines = shown.split('\n').map((l) => (l === '…' ? '(?:.*\n)*?' : l.endsWith(', …') ? `${escape(l.slice(0, -1))}.*\n` : `${escape(l)}\n`));
  return new RegExp(`^${lines.join('')}$`);
}

const blocks = pages.flatMap(pastedBlocks);

describe('pasted output in README.md and docs/*.md', () => {
  it('finds the tour\'s three blocks in the README', () => {
    expect(blocks.filter((b) => b.page === 'README.md').map((b) => b.args[0])).toEqual(['run', 'diff', 'explain']);
  });

  it('a cut block still fails on a changed line', () => {
    expect('a\nb, c, d\nx\ny\nz\n').toMatch(pattern('a\nb, …\n…\nz'));
    expect('a\nB, c\nz\n').not.toMatch(pattern('a\nb, …\n…\nz'));
    expect('a\nz\nextra\n').not.toMatch(pattern('a\n…\nz'));
  });

  it.each(blocks.map((b) => [`${b.page}:${b.line} redline ${b.args.join(' ')}`, b] as const))('%s prints what is pasted', (_, b) => {
    // The bin itself, both streams on one pipe, in the order a terminal shows them.
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" bin/redline.js ${b.args.join(' ')} 2>&1`], { encoding: 'utf8' });
    const printed = `${r.stdout.replace(/\n+$/, '')}\n`;
    if (b.shown.includes('…')) expect(printed).toMatch(pattern(b.shown));
    else expect(printed).toBe(`${b.shown}\n`);
  });
});
