// Bundles the CLI so it starts fast; run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/chunks', { recursive: true, force: true });

await build({
  // Split so the renderers (Graphviz, Vega), imported on demand, load only for the commands that draw.
  entryPoints: { redline: 'src/cli/bin.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
