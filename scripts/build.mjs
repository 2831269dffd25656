// Bundles the CLI into one file so it starts fast; run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';

// The sweep's worker threads load their own bundle, beside the CLI's.
await build({
  entryPoints: { redline: 'src/cli/bin.ts', 'sweep-worker': 'src/sweep/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
