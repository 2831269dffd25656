// Bundles the CLI so it starts fast; run by `npm install` (prepare) and `npm run build`. The shims it
// builds with live in scripts/build/ (README.md there).
// Code splitting keeps the terminal UI (Ink, React) and the renderers (Graphviz, Vega) in chunks
// that only `redline tui`, `diagram` and `chart` import.
//
// Atomic: each build goes to a fresh folder in .dist/, and dist is a symbolic link swapped to it in
// one rename. Node follows the link once, when a process starts, so a running process keeps loading
// chunks from the build it started on, never from a half-written one. A build whose sources have not
// changed does nothing (npx and npm install run `prepare` again): `--force` builds anyway.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, lstatSync, statSync, existsSync, writeFileSync, utimesSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_PLUGINS } from './build/plugins.mjs';
import { NODE_BUNDLE } from './build/node-bundle.mjs';
import { buildKey, currentKey, BUILDS, KEY_FILE } from './build-key.mjs';

// A process may sit on an old build for a long sweep or an open TUI: old builds stay this long.
const KEEP_OLD_MS = 60 * 60 * 1000;

process.chdir(fileURLToPath(new globalThis.URL('..', import.meta.url)));
const key = buildKey();
if (!process.argv.includes('--force') && currentKey() === key) {
  console.log('dist/ is up to date (node scripts/build.mjs --force builds anyway)');
  process.exit(0);
}
const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
const outdir = join(BUILDS, id);
mkdirSync(outdir, { recursive: true });
// The sweep's worker threads load their own bundle, beside the CLI's.
await build({
  entryPoints: { redline: 'src/cli/bin.ts', 'sweep-worker': 'src/sweep/worker.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  ...NODE_BUNDLE,
  splitting: true,
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: BUILD_PLUGINS,
});
writeFileSync(join(outdir, KEY_FILE), key);
swapIn(id);
pruneOldBuilds(id);

/** Points dist at the new build: a link made beside it, renamed over it (one atomic step). */
function swapIn(build) {
  const next = `dist.${process.pid}.link`;
  rmSync(next, { force: true });
  symlinkSync(join(BUILDS, build), next, 'dir');
  // A dist/ folder from before builds were atomic is moved aside once; it is pruned like any build.
  let replaced = existsSync('dist') ? realpathSync('dist') : undefined;
  if (replaced && !lstatSync('dist').isSymbolicLink()) {
    replaced = join(BUILDS, `old-${build}`);
    renameSync('dist', replaced);
  }
  renameSync(next, 'dist');
  // An old build's time is when it stopped being current: the clock for pruning it.
  if (replaced) utimesSync(replaced, new Date(), new Date());
}

function pruneOldBuilds(current) {
  for (const name of readdirSync(BUILDS)) {
    if (name === current) continue;
    const path = join(BUILDS, name);
    if (new Date().getTime() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
  }
}
