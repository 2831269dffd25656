// Bundles the CLI so it starts fast; run by `npm install` (prepare) and `npm run build`.
// Code splitting keeps the terminal UI (Ink, React) and the renderers (Graphviz, Vega) in chunks
// that only `redline tui`, `diagram` and `chart` import.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { noDevtools } from './no-devtools.mjs';
import { fastStringWidth } from './fast-string-width.mjs';
import { simpleGraphemes } from './simple-graphemes.mjs';
import { lazyBuiltins } from './lazy-builtins.mjs';
import { NODE_BUNDLE } from './node-bundle.mjs';

rmSync('dist/chunks', { recursive: true, force: true });
// The sweep's worker threads load their own bundle, beside the CLI's.
await build({
  entryPoints: { redline: 'src/cli/bin.ts', 'sweep-worker': 'src/sweep/worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  ...NODE_BUNDLE,
  splitting: true,
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [noDevtools, fastStringWidth, simpleGraphemes, lazyBuiltins],
});
