import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { MILESTONE_IDS } from '../../machines/index.js';
import { App } from '../../src/tui/App.js';
import { extendsRefTo } from '../../src/tui/model/fork-file.js';
import { openSession } from '../../src/tui/model/session.js';
import { cli } from '../helpers/cli.js';
import { KEYS, memoryIO } from './app-harness.js';
import { baselineOpened, baselineSession, seqOfInput } from './helpers.js';

afterEach(cleanup);

const wait = { interval: 5, timeout: 60_000 };

/** A pane row's figures: the shares earlier, the same day, later and never, in whole percent, and the median shift in days (null: —). */
function rowOf(frame: string, id: string) {
  const m = new RegExp(`${id}\\s+[ ▁▂▃▄▅▆▇█]*\\s(\\d+)%\\s+(\\d+)%\\s+(\\d+)%\\s+(\\d+)%\\s+(\\S+) d`).exec(frame)
    ?? new RegExp(`${id}\\s+[ ▁▂▃▄▅▆▇█]*\\s(\\d+)%\\s+(\\d+)%\\s+(\\d+)%\\s+(\\d+)%\\s+(—)`).exec(frame);
  if (!m) throw new Error(`no row for ${id} in\n${frame}`);
  const shift = m[5] === '—' ? null : Number(m[5]!.replace('−', '-').replace('±', ''));
  return { shares: m.slice(1, 5).map(Number), shift };
}

describe('the Distribution pane and redline diff --ensemble', () => {
  it('show the same figures for a fork: made with the keys, written with w, diffed against its original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-pane-diff-'));
    const { io, files } = memoryIO();
    // The fork is written where this test will copy it, so that it extends the shipped baseline by a path from there.
    const app = render(<App session={openSession(baselineOpened())} io={{ ...io, extendsRef: (o, path) => extendsRefTo(o.file, o.id, join(dir, basename(path))) }} color={false} size={{ columns: 160, rows: 40 }} />);
    const frame = () => app.lastFrame() ?? '';
    const press = async (keys: readonly string[], shown: string | RegExp) => {
      for (const k of keys) app.stdin.write(k);
      await vi.waitFor(() => expect(frame()).toMatch(shown), wait);
    };
    const seq = seqOfInput(baselineSession(), 'blinken-briefs-biden');
    await press([KEYS.home, ...Array<string>(seq).fill(KEYS.right)], new RegExp(`step ${seq}/`));
    await press(['f', KEYS.right], /remove this input/);
    await press([KEYS.enter], '⑂ 1 change');
    await press(['m'], /all [\d,]+ members/);
    const pane = frame();
    await press(['w'], 'write fork to:');
    await press([KEYS.enter], /wrote forks\/baseline-fork-1\.yaml/);

    const file = join(dir, 'baseline-fork-1.yaml');
    writeFileSync(file, files.get(join('forks', 'baseline-fork-1.yaml'))!);
    const r = await cli('diff', 'scenarios/baseline.yaml', file, '--ensemble', 'ensembles/baseline.jsonl', '--json');
    expect(r.code, r.err).toBe(0);
    const ens = JSON.parse(r.out).ensemble as { members: number; milestones: Record<string, { shares: Record<'earlier' | 'same' | 'later' | 'never', number>; medianShift: number | null }> };
    expect(pane).toContain(`members: ensembles/baseline.jsonl: ${ens.members.toLocaleString('en-US')} calibrated members`);
    expect(pane).toContain(`all ${ens.members.toLocaleString('en-US')} members`);
    for (const id of MILESTONE_IDS) {
      const { shares, medianShift } = ens.milestones[id]!;
      const row = rowOf(pane, id);
      expect(row.shares, id).toEqual([shares.earlier, shares.same, shares.later, shares.never].map((s) => Math.round(100 * s)));
      expect(row.shift, id).toBe(medianShift === null ? null : Number(medianShift.toFixed(Number.isInteger(medianShift) ? 0 : 1)));
    }
    // Not a fork that moves nothing: without Blinken's briefing final approval moves in a good share of members.
    expect(rowOf(pane, 'final-approval').shares[1]).toBeLessThan(90);
  }, 120_000);
});
