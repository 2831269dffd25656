// `npm run bench`: bundles every bench/*.bench.ts into one entry and runs them in this one process,
// so all the figures (and their ratios) come from a single run on one machine.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { NODE_BUNDLE } from './build/node-bundle.mjs';
import { noDevtools } from './build/no-devtools.mjs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const entry = files.map((f, i) => `import b${i} from './bench/${f}';`).join('\n')
  + `\nexport default [${files.map((f, i) => `[${JSON.stringify(f)}, b${i}]`).join(', ')}];\n`;
const outfile = resolve('dist/bench.js');
await build({
  stdin: { contents: entry, resolveDir: '.', loader: 'ts' },
  outfile, ...NODE_BUNDLE,
  // The TUI's benches render Ink here: bundled as the CLI bundles it, without its devtools.
  plugins: [noDevtools],
});
const { default: benches } = await import(pathToFileURL(outfile).href);
console.log(`redline bench · node ${process.version} · ${process.platform}/${process.arch}`);
for (const [name, run] of benches) {
  console.log(`\n## ${name.replace(/\.bench\.ts$/, '')}`);
  await run();
}
