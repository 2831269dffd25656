import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { MACHINE_IDS } from '../../machines/index.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';
import { assertWellFormedXml } from '../helpers/xml.js';

const cli = async (...args: string[]) => {
  const io = bufferIO();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'redline-pictures-'));

describe('redline diagram', () => {
  it('prints the Mermaid statechart of every machine', async () => {
    const { code, out } = await cli('diagram');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('stateDiagram-v2');
    for (const id of MACHINE_IDS) expect(out).toContain(`  state "${id}" as ${id} {`);
  });

  it('--machine prints one machine', async () => {
    const { code, out } = await cli('diagram', '--machine', 'press');
    expect(code).toBe(0);
    expect(out).toContain('press_watching --> press_published : STORY_PUBLISHED');
    expect(out).not.toContain('state "decision"');
  });

  it('an unknown machine exits 2, names the machines and suggests the nearest', async () => {
    const { code, err } = await cli('diagram', '--machine', 'kyv');
    expect(code).toBe(2);
    expect(err).toContain('unknown machine "kyv" (did you mean "kyiv"?); machines: decision, kyiv,');
    expect((await cli('diagram', 'decision')).err).toMatch(/diagram takes no files .* --machine/);
  });

  it('--svg -o writes an SVG; it will not replace a file without --force', async () => {
    const dir = tempDir();
    const file = join(dir, 'decision.svg');
    const first = await cli('diagram', '--machine', 'decision', '--svg', '-o', file);
    expect(first).toMatchObject({ code: 0, out: `wrote ${file}: SVG statechart of decision (23 states)` });
    assertWellFormedXml(readFileSync(file, 'utf8'));

    writeFileSync(file, 'my own notes');
    const again = await cli('diagram', '--svg', '-o', file);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`${file}: already exists; pass --force to overwrite it, or choose another path`);
    expect(readFileSync(file, 'utf8')).toBe('my own notes');

    expect((await cli('diagram', '--machine', 'kyiv', '-o', file, '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml[\s\S]*kyiv\.border\.holding[\s\S]*<\/svg>\n$/);
    expect(readdirSync(dir)).toEqual(['decision.svg']);
  });

  it('-o with a Markdown name writes the Mermaid text', async () => {
    const file = join(tempDir(), 'statechart.mmd');
    expect((await cli('diagram', '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^stateDiagram-v2\n/);
  });

  it('a folder that does not exist exits 2 and writes nothing', async () => {
    const file = join(tempDir(), 'no-such-folder', 'x.svg');
    const { code, err } = await cli('diagram', '-o', file);
    expect(code).toBe(2);
    expect(err).toMatch(/x\.svg: cannot write: there is no folder .*no-such-folder; nothing was written; any file already at the path is unchanged; create the folder first, or give a path in a folder that exists$/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('redline chart', () => {
  // The baseline against a what-if is drawn by the test of docs/compare.svg; small scenarios keep these quick.
  const tiny = tempScenario(scenarioText());
  const other = tempScenario(scenarioText('', 'id: other\ntitle: Other\nsummary: Another one-event scenario.\n'));

  it('writes the milestone timeline of several scenarios', async () => {
    const file = join(tempDir(), 'compare.svg');
    const { code, out } = await cli('chart', tiny, other, '-o', file);
    expect(code).toBe(0);
    expect(out).toBe(`wrote ${file}: milestones of tiny, other`);
    const svg = readFileSync(file, 'utf8');
    assertWellFormedXml(svg);
    expect(svg).toContain('aria-label="other · in-effect · not reached"');
  });

  it('without -o prints the SVG', async () => {
    const { code, out } = await cli('chart', tiny);
    expect(code).toBe(0);
    assertWellFormedXml(out);
    expect(out).toContain('aria-label="tiny · input call · 2024-05-13"');
  });

  it('reports the problems of every file at once and exits 2', async () => {
    const { code, err } = await cli('chart', BASELINE, 'missing.yaml', 'test/fixtures/broken.yaml');
    expect(code).toBe(2);
    const lines = err.split('\n');
    expect(lines[0]).toBe('missing.yaml: cannot read: no such file');
    expect(lines[1]).toMatch(/^test\/fixtures\/broken\.yaml:6:11: "2024-02-30" is not a calendar date/);
    expect(lines).toHaveLength(5);
  });

  it('refuses a scenario with no events, and no files at all', async () => {
    const empty = tempScenario(scenarioText().replace(/events:[\s\S]*/, 'events: []\n'));
    expect(await cli('chart', empty)).toMatchObject({ code: 2, err: `${empty}: has no events: there is nothing to draw on a timeline` });
    const none = await cli('chart');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/chart takes one or more scenario files/);
  });
});

describe('the installed bin draws too', () => {
  it('exits with the command\'s code once the drawing is done', () => {
    const ok = spawnSync(process.execPath, ['bin/redline.js', 'diagram', '--machine', 'allies', '--svg'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    assertWellFormedXml(ok.stdout);
    const bad = spawnSync(process.execPath, ['bin/redline.js', 'chart', 'missing.yaml'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('missing.yaml: cannot read: no such file\n');
  });
});
