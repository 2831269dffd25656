import { spawn, spawnSync } from 'node:child_process';
import { quantile } from './measure.js';

/** Runs of each command, taken in alternation with the bare start they are compared with. */
const PAIRS = 15;
const node = process.execPath;
export const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * Wall time of one run of a command, in ms: until `marker` first appears in its
 * output when one is given, else until it exits.
 */
export function time(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv, marker?: string): Promise<number> {
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

/** A command in a pseudo-terminal (util-linux `script`), as a user at a terminal runs it. */
export const inPty = (command: string): [string, string[]] => ['script', ['-qfec', command, '/dev/null']];
const row = (label: string, ms: number, ratio?: string) => console.log(`${label.padEnd(34)}${ms.toFixed(0).padStart(6)} ms${ratio ? `   ${ratio}` : ''}`);

/**
 * Runs `a` and `b` alternately, `PAIRS` times after one warm-up each, so both
 * see the same load on a busy machine; gives the median time of each and the
 * median of the ratios b/a taken pair by pair.
 */
async function paired(
  a: () => Promise<number>, b: () => Promise<number>,
): Promise<{ a: number; b: number; ratio: number }> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const ta = await a();
    const tb = await b();
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  return { a: quantile(as, 0.5), b: quantile(bs, 0.5), ratio: quantile(ratios, 0.5) };
}

/**
 * Cold starts of the bundled CLI beside a bare `node -e 0`: `run --json` until
 * it exits, and the TUI until its first frame is on the terminal (seen in the
 * pty's output; REDLINE_TUI_FIRST_FRAME=exit then ends it). Target: the first
 * frame within 3.5× a bare start.
 */
export default async function bench(): Promise<void> {
  const run = await paired(
    () => time(node, ['-e', '0'], process.env),
    () => time(node, ['bin/redline.js', 'run', 'scenarios/baseline.yaml', '--json'], process.env),
  );
  row('node -e 0', run.a);
  row('redline run --json', run.b, `${run.ratio.toFixed(2)}× bare node`);
  if (!hasScript) {
    console.log('TUI first frame: skipped (needs `script` from util-linux for a pseudo-terminal)');
    return;
  }
  // Ink draws nothing until the end when it thinks it runs in CI.
  const { CI: _ci, ...rest } = process.env;
  const env = { ...rest, NO_COLOR: '1', REDLINE_TUI_FIRST_FRAME: 'exit' };
  const tui = await paired(
    () => time(...inPty(`${node} -e 0`), env),
    () => time(...inPty(`${node} bin/redline.js tui scenarios/baseline.yaml`), env, 'step 0/'),
  );
  row('node -e 0, in a pty', tui.a);
  row('redline tui, first frame in a pty', tui.b, `${tui.ratio.toFixed(2)}× bare node in a pty (target ≤ 3.5×)`);
  console.log(`(medians of ${PAIRS} runs of each, taken in alternation; the ratio is the median of the ${PAIRS} pairs' ratios)`);
}
