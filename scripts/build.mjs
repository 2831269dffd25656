// Bundles the CLI so it starts fast; run by `npm install` (prepare) and `npm run build`.
// Code splitting keeps the terminal UI (Ink, React) in chunks that only `redline tui` imports.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// Ink imports React's devtools only when DEV=true; the package is not installed, so it is stubbed out.
const noDevtools = {
  name: 'no-react-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { redline: 'src/cli/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [noDevtools],
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
