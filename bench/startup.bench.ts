import { spawn, spawnSync } from 'node:child_process';

const RUNS = 9;
const node = process.execPath;
const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * Wall time of one run of a command, in ms: until `marker` first appears in its
 * output when one is given, else until it exits.
 */
function time(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv, marker?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let seen: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (seen !== undefined || !marker) return;
      out += chunk.toString('utf8');
      if (out.includes(marker)) seen = performance.now() - t0;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const end = performance.now() - t0;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`));
      else if (marker && seen === undefined) reject(new Error(`"${marker}" never appeared in the output of ${args.join(' ')}`));
      else resolve(seen ?? end);
    });
  });
}

/** The median of several runs, after one to warm the file cache. */
async function median(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, marker?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const ms = await time(cmd, args, env, marker);
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A command in a pseudo-terminal (util-linux `script`), as a user at a terminal runs it. */
const inPty = (command: string): [string, string[]] => ['script', ['-qfec', command, '/dev/null']];
const row = (label: string, ms: number, ratio?: string) => console.log(`${label.padEnd(34)}${ms.toFixed(0).padStart(6)} ms${ratio ? `   ${ratio}` : ''}`);

/**
 * Cold starts of the bundled CLI beside a bare `node -e 0`: `run --json` until
 * it exits, and the TUI until its first frame is on the terminal (seen in the
 * pty's output; REDLINE_TUI_FIRST_FRAME=exit then ends it). Target: the first
 * frame within 3.5× a bare start.
 */
export default async function bench(): Promise<void> {
  const bare = await median(node, ['-e', '0']);
  const run = await median(node, ['bin/redline.js', 'run', 'scenarios/baseline.yaml', '--json']);
  row('node -e 0', bare);
  row('redline run --json', run, `${(run / bare).toFixed(2)}× bare node`);
  if (!hasScript) {
    console.log('TUI first frame: skipped (needs `script` from util-linux for a pseudo-terminal)');
    return;
  }
  // Ink draws nothing until the end when it thinks it runs in CI.
  const { CI: _ci, ...rest } = process.env;
  const env = { ...rest, NO_COLOR: '1', REDLINE_TUI_FIRST_FRAME: 'exit' };
  const barePty = await median(...inPty(`${node} -e 0`), env);
  const tui = await median(...inPty(`${node} bin/redline.js tui scenarios/baseline.yaml`), env, 'step 0/');
  row('node -e 0, in a pty', barePty);
  row('redline tui, first frame in a pty', tui, `${(tui / barePty).toFixed(2)}× bare node in a pty (target ≤ 3.5×)`);
}
