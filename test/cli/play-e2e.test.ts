import { afterAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readLog, verifyLog } from '../../src/log/index.js';

const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAS_TMUX) console.warn('play e2e: tmux is not installed, so the pseudo-terminal test is skipped');

const socket = `redline-play-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-S', '-200', '-t', 'play');
const send = (...keys: string[]) => tmux('send-keys', '-t', 'play', ...keys);
/** Waits until the screen shows `text`; a wait, not a timing assertion. */
const until = (text: string | RegExp) => vi.waitFor(() => expect(screen()).toMatch(text), { timeout: 15_000, interval: 50 });

describe.skipIf(!HAS_TMUX)('redline play at a real terminal (tmux)', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('plays the president through to the debrief, and the log it writes verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-play-e2e-'));
    const log = join(dir, 'me.jsonl');
    tmux('new-session', '-d', '-s', 'play', '-x', '160', '-y', '50', '-c', dir,
      `env -u CI NO_COLOR=1 ${process.execPath} ${resolve('bin/redline.js')} play ${resolve('scenarios/baseline.yaml')} --as president --log ${log}; echo "EXITED $?"; sleep 600`);
    await until('2024-05-15 · president decides at presidentialReview');
    send('defer: not yet', 'Enter');
    await until(/decides at presidentialReview[\s\S]*decides at presidentialReview/);
    send('1', 'Enter');
    await until('president decides at inPrinciple');
    send('Enter');
    await until('president decides at finalReview');
    send('approve', 'Enter');
    await until(/^EXITED 0$/m);
    const out = screen();
    expect(out).toContain('debrief: baseline, played as president');
    expect(out).toMatch(/president at presidentialReview: defer, the model would approve; went against president agrees in principle/);
    expect(out).toMatch(/in-effect\s+2024-05-30\s+2024-05-30/);
    expect(verifyLog(readLog(log))).toMatchObject({ identical: true });
  }, 60_000);
});
