/**
 * The esbuild options every bundle here shares: one ES module for Node 20, with a `require` for
 * the CommonJS packages bundled into it.
 */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
