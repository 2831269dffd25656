import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { colorEnabled } from '../../src/tui/theme.js';
import { duration, progressBar } from '../../src/sweep/progress.js';
import { chunkSize } from '../../src/sweep/run-sweep.js';
import { cli, cliAsync } from '../helpers/cli.js';

const ESC = String.fromCharCode(27);
const GREEN_TICK = `${ESC}[32m✓${ESC}[39m`;
const RED_CROSS = `${ESC}[31m✗${ESC}[39m`;

describe('colour: on a terminal, FORCE_COLOR, NO_COLOR and --no-color (issue 16)', () => {
  const capable = { hasColors: () => true };
  const plain = { hasColors: () => false };
  it('FORCE_COLOR colours a pipe; 0 or false turns it off; NO_COLOR and --no-color win over both', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, plain)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '' }, plain)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, capable)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: 'false' }, capable)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, capable)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1' }, capable, true)).toBe(false);
    expect(colorEnabled({}, capable, true)).toBe(false);
  });

  it("check's ✓ is green and ✗ red when stdout takes colour, and plain otherwise", async () => {
    const coloured = { ...bufferIO(), color: true };
    const io = bufferIO();
    coloured.out = io.out;
    expect(await main(['check', 'scenarios/no-kharkiv-offensive.yaml', 'test/fixtures/bad/expect/fails.yaml'], coloured)).toBe(1);
    expect(io.stdout()).toContain(GREEN_TICK);
    expect(io.stdout()).toContain(RED_CROSS);
    const r = await cli('check', 'scenarios/no-kharkiv-offensive.yaml', 'test/fixtures/bad/expect/fails.yaml');
    expect(r.out).toContain('✓');
    expect(r.out).not.toContain(ESC);
  });

  it('the bin: FORCE_COLOR=1 colours a pipe, --no-color and NO_COLOR do not', () => {
    const bin = (args: string[], env: Record<string, string>) => {
      const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = process.env;
      return spawnSync(process.execPath, ['bin/redline.js', ...args], { encoding: 'utf8', env: { ...rest, ...env } }).stdout;
    };
    expect(bin(['check', 'scenarios/no-kharkiv-offensive.yaml'], { FORCE_COLOR: '1' })).toContain(GREEN_TICK);
    expect(bin(['check', 'scenarios/no-kharkiv-offensive.yaml', '--no-color'], { FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(bin(['check', 'scenarios/no-kharkiv-offensive.yaml'], { FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain(ESC);
    expect(bin(['check', 'scenarios/no-kharkiv-offensive.yaml'], {})).not.toContain(ESC);
  });
});

describe('errors as JSON under --json', () => {
  it('bad input: { problems: [{ file, line, column, message }] } on stdout, the words on stderr, exit 2', async () => {
    const r = await cli('run', 'test/fixtures/broken.yaml', '--json');
    expect(r.code).toBe(2);
    const { problems } = JSON.parse(r.out) as { problems: { file: string; line: number; column: number; message: string }[] };
    expect(problems[0]).toEqual({ file: 'test/fixtures/broken.yaml', line: 6, column: 11, message: expect.stringContaining('"2024-02-30" is not a calendar date') });
    expect(problems.length).toBe(r.err.split('\n').length);
    expect(r.err).toContain('test/fixtures/broken.yaml:6:11:');
  });

  it('a usage mistake: its message alone; without --json nothing on stdout', async () => {
    const r = await cli('run', 'scenarios/baseline.yaml', '--bogus', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ problems: [{ message: expect.stringContaining("Unknown option '--bogus'") }] });
    expect((await cli('run', 'test/fixtures/broken.yaml')).out).toBe('');
  });
});

describe('the progress bar: smooth, with rate and time left', () => {
  it('fills by eighths of a cell, and gives the rate and the time left once runs have come in', () => {
    const frames: string[] = [];
    let t = 0;
    const bar = progressBar((s) => frames.push(s), 10_000, 'runs of baseline', () => t);
    bar.update(0);
    t = 2000;
    bar.update(2_500);
    expect(frames[0]).toBe(`\r${'░'.repeat(30)} 0/10,000 runs of baseline${ESC}[K`);
    expect(frames[1]).toBe(`\r${'█'.repeat(7)}▌${'░'.repeat(22)} 2,500/10,000 runs of baseline · 1,250/s · 6s left${ESC}[K`);
    bar.update(2_500);
    expect(frames).toHaveLength(2);
    bar.end();
    expect(frames.at(-1)).toBe(`\r${ESC}[2K`);
  });

  it('says time left in seconds, minutes or hours', () => {
    expect([duration(5.2), duration(245), duration(3725)]).toEqual(['6s', '4m 05s', '1h 02m']);
  });

  it('a sweep of 10,000 runs comes back in at least 32 chunks a worker, so the bar moves cell by cell (not 0 → 5,000 → done)', () => {
    for (const workers of [0, 1, 2, 4]) {
      const chunks = Math.ceil(10_000 / chunkSize(10_000, workers));
      expect(chunks, `${workers} workers`).toBeGreaterThanOrEqual(32 * Math.max(1, workers) - 1);
    }
  });
});

describe('--json on diagram, chart and report: the path written, the format and what was drawn', () => {
  it('with -o: { written, format, drew, bytes }, and the file holds what was said', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-json-'));
    const page = join(dir, 'r.html');
    const r = await cliAsync('report', 'scenarios/no-kharkiv-offensive.yaml', '-o', page, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    expect(j).toEqual({ written: page, format: 'html', drew: 'report on no-kharkiv-offensive against baseline', bytes: statSync(page).size });
    const svg = join(dir, 'c.svg');
    const c = JSON.parse((await cliAsync('chart', 'scenarios/baseline.yaml', '-o', svg, '--json')).out) as Record<string, unknown>;
    expect(c).toMatchObject({ written: svg, format: 'svg', drew: 'milestones of baseline' });
    expect(readFileSync(svg, 'utf8')).toMatch(/<svg[\s>]/);
  });

  it('without -o: the text itself under "text", so stdout stays one JSON document', async () => {
    const r = await cliAsync('diagram', '--machine', 'kyiv', '--json');
    const j = JSON.parse(r.out) as { written: null; format: string; drew: string; text: string; bytes: number };
    expect(j).toMatchObject({ written: null, format: 'mermaid', drew: expect.stringMatching(/^Mermaid statechart of kyiv \(\d+ states\)$/) });
    expect(j.text).toBe((await cliAsync('diagram', '--machine', 'kyiv')).out);
    expect(j.bytes).toBe(Buffer.byteLength(j.text));
  });
});
