// What each of the build's shims still buys at start-up: the bundle is built again without it, and
// the first frame of `redline tui` and a `redline run --json` are counted in instructions (callgrind,
// as bench/README.md measures them), against the bundle with every shim. Needs valgrind and util-linux
// `script`. Run: node scripts/build/shim-budget.mjs (several minutes: each count runs under valgrind).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './node-bundle.mjs';
import { SHIMS } from './plugins.mjs';

// noDevtools is not measured: without it the bundle cannot be built (react-devtools-core is not installed).
const MEASURED = ['fastStringWidth', 'simpleGraphemes', 'lazyBuiltins'];
const KEEP_AT = 0.02;

async function bundle(without) {
  const outdir = mkdtempSync(join(tmpdir(), `redline-shims-${without ?? 'all'}-`));
  await build({
    entryPoints: { redline: 'src/cli/bin.ts', 'sweep-worker': 'src/sweep/worker.ts' }, outdir, chunkNames: 'chunks/[name]-[hash]',
    ...NODE_BUNDLE, splitting: true, minifyWhitespace: true, minifySyntax: true, logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: Object.entries(SHIMS).filter(([name]) => name !== without).map(([, p]) => p),
  });
  return outdir;
}

// Not under CI: Ink would draw only the last frame.
const { CI: _ci, ...env } = process.env;
// valgrind reports on stderr; in the pseudo-terminal that `script` makes, stderr is its stdout.
function instructions(command, inPty = false) {
  const out = execFileSync('/bin/sh', ['-c', inPty ? `${command} 2>&1` : `${command} 2>&1 >/dev/null`], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...env, NO_COLOR: '1', REDLINE_TUI_FIRST_FRAME: 'exit' } });
  return Number(/Collected : (\d+)/.exec(out)[1]);
}

const grind = 'valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded';
function counts(dir) {
  return {
    tui: instructions(`script -qfec "${grind} ${dir}/redline.js tui scenarios/baseline.yaml" /dev/null`, true),
    run: instructions(`${grind} ${dir}/redline.js run scenarios/baseline.yaml --json`),
  };
}

const all = await bundle(undefined);
const base = counts(all);
const pct = (x, of) => `${((x / of) * 100).toFixed(1)}%`;
console.log(`every shim: first frame ${base.tui.toLocaleString('en')} instructions, run --json ${base.run.toLocaleString('en')}`);
for (const name of MEASURED) {
  const dir = await bundle(name);
  const c = counts(dir);
  const buys = (c.tui - base.tui) / c.tui;
  console.log(`without ${name}: first frame +${(c.tui - base.tui).toLocaleString('en')} (${name} buys ${pct(c.tui - base.tui, c.tui)} of it), `
    + `run --json +${(c.run - base.run).toLocaleString('en')} (${pct(c.run - base.run, c.run)}): ${buys >= KEEP_AT ? 'keep' : 'under 2%: keep only with a reason'}`);
  rmSync(dir, { recursive: true, force: true });
}
rmSync(all, { recursive: true, force: true });
