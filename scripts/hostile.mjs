// `npm run test:hostile`: bundles the hostile-input report (test/hostile/report.ts) and runs it.
// The inputs themselves go through the bundled CLI, bin/redline.js, which `pretest:hostile` builds.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE } from './build/node-bundle.mjs';

const outfile = resolve('dist/hostile.js');
await build({
  entryPoints: ['test/hostile/report.ts'],
  outfile, ...NODE_BUNDLE,
  packages: 'external',
});
const { default: report } = await import(pathToFileURL(outfile).href);
process.exitCode = await report(process.argv.slice(2));
