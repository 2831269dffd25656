import { afterAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';

// The steps the screen shows, from the baseline itself: its length, the last event of 05-03, Cameron's remarks.
const baseline = simulate(loadScenario('scenarios/baseline.yaml').inputs).events;
const N = baseline.length;
const endOfMay3 = baseline.filter((e) => e.date <= '2024-05-03').at(-1)!.seq;
const cameron = baseline.find((e) => e.kind === 'input' && e.data.id === 'cameron-kyiv-remarks')!.seq;

const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAS_TMUX) console.warn('e2e: tmux is not installed, so the pseudo-terminal test is skipped (.ci/run installs it)');

const socket = `redline-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');
const flags = () => tmux('display', '-p', '-t', 'e2e', '#{alternate_on} #{cursor_flag}').trim();
const send = (...keys: string[]) => tmux('send-keys', '-t', 'e2e', ...keys);
/** Waits until the screen shows `text`; a wait, not a timing assertion. */
const until = (text: string | RegExp) => vi.waitFor(() => expect(screen()).toMatch(text), { timeout: 15_000, interval: 50 });

describe.skipIf(!HAS_TMUX)('the TUI in a real pseudo-terminal (tmux, 100×30)', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('Ctrl-C quits and gives the terminal back', async () => {
    tmux('new-session', '-d', '-s', 'e2e', '-x', '80', '-y', '24',
      `env -u CI ${process.execPath} ${resolve('bin/redline.js')} tui ${resolve('scenarios/baseline.yaml')}; echo "EXITED $?"; sleep 600`);
    await until(new RegExp(`step 0/${N}`));
    send('C-c');
    await until(/^EXITED 0$/m);
    expect(flags()).toBe('0 1');
    tmux('kill-session', '-t', 'e2e');
  }, 60_000);

  it('steps, goes to a date, forks, writes the fork, quits and gives the terminal back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-e2e-'));
    const scenario = join(dir, 'baseline.yaml');
    copyFileSync('scenarios/baseline.yaml', scenario);
    const bin = resolve('bin/redline.js');
    tmux('new-session', '-d', '-s', 'e2e', '-x', '100', '-y', '30', '-c', dir,
      `env -u CI NO_COLOR=1 ${process.execPath} ${bin} tui ${scenario}; echo "EXITED $?"; sleep 600`);
    await until(new RegExp(`start step 0/${N} restricted · secret`));
    expect(flags()).toBe('1 0');

    send('Right', 'Right');
    await until(new RegExp(`2023-10-15 step 2/${N}`));
    send('g', '2024-05-03', 'Enter');
    await until(new RegExp(`2024-05-03 step ${endOfMay3}/${N}`));
    send('Left');
    await until(new RegExp(`2024-05-03 step ${cameron}/${N}`));
    send('f', 'Right');
    await until(/input\s+cameron-kyiv-remarks/);
    send('Enter');
    await until(/⑂ 1 change/);
    expect(screen()).toContain('⑂ ── the fork parts here ──');
    send('w');
    await until('write fork to: forks/baseline-fork-1.yaml');
    send('Enter');
    await until('wrote forks/baseline-fork-1.yaml');
    send('q');
    await until(/^EXITED 0$/m);

    expect(flags()).toBe('0 1');
    expect(screen()).not.toContain('Decision path');
    const written = join(dir, 'forks', 'baseline-fork-1.yaml');
    expect(existsSync(written)).toBe(true);
    expect(parse(readFileSync(written, 'utf8'))).toMatchObject({ id: 'baseline-fork-1', extends: '../baseline.yaml', changes: [{ remove: 'cameron-kyiv-remarks' }] });
  }, 120_000);
  it('m after a fork draws the fork over the shipped ensemble, and stepping goes on meanwhile', async () => {
    spawnSync('tmux', ['-L', socket, 'kill-session', '-t', 'e2e']);
    tmux('new-session', '-d', '-s', 'e2e', '-x', '100', '-y', '30', '-c', resolve('.'),
      `env -u CI NO_COLOR=1 ${process.execPath} ${resolve('bin/redline.js')} tui scenarios/baseline.yaml; echo "EXITED $?"; sleep 600`);
    await until(new RegExp(`start step 0/${N}`));
    send('g', '2024-05-03', 'Enter', 'Left');
    await until(new RegExp(`2024-05-03 step ${cameron}/${N}`));
    send('f', 'Right');
    await until(/input\s+cameron-kyiv-remarks/);
    send('Enter');
    await until(/⑂ 1 change/);
    send('m', 'Right');
    await until(/Distribution/);
    await until(new RegExp(`step ${cameron + 1}/`));
    await until(/all [\d,]+ members/);
    expect(screen()).toMatch(/members: ensembles\/baseline\.jsonl: [\d,]+ calibrated members/);
    expect(screen()).toMatch(/earlier\s+same\s+later\s+never\s+shift/);
    expect(screen()).toMatch(/in-effect\s+\S.*\d+%\s+\d+%/);
    send('C-c');
    await until(/^EXITED 0$/m);
    tmux('kill-session', '-t', 'e2e');
  }, 120_000);
});
