// `npm run docs:cli` (and `npm run docs`): writes docs/cli.md's reference part from the command
// registry (src/cli/registry.ts). The registry is TypeScript, so it is bundled first, in memory.
import { readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';

const FILE = 'docs/cli.md';
const out = await build({
  // The commands' own modules are never loaded here: only the registry's data (and play's decisions, read from the machines).
  bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', external: ['./*-command.js'],
  stdin: { contents: "export { withReference } from './src/cli/cli-reference.ts';", resolveDir: process.cwd(), loader: 'ts' },
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { withReference } = await import(url);
const before = readFileSync(FILE, 'utf8');
const after = await withReference(before);
if (after !== before) {
  writeFileSync(FILE, after);
  console.log(`regenerated the command reference in ${FILE}`);
}
