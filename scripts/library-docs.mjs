// `npm run docs`: writes the library's ensemble shares into docs/scenarios.md (src/cli/library-table.ts),
// from the scenarios and the kept ensemble. Bundled to a temp file first, as the TypeScript is not built to one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const FILE = 'docs/scenarios.md';
const dir = mkdtempSync(join(tmpdir(), 'redline-library-'));
try {
  const bundle = join(dir, 'library.mjs');
  await build({
    bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    stdin: { contents: "export { withLibraryTable } from './src/cli/library-table.ts';", resolveDir: process.cwd(), loader: 'ts' },
  });
  const { withLibraryTable } = await import(pathToFileURL(bundle).href);
  const before = readFileSync(FILE, 'utf8');
  // The files git tracks, so a fork or draft of one's own in scenarios/ is not in the library's table.
  const files = execFileSync('git', ['ls-files', 'scenarios/*.yaml'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  const after = withLibraryTable(before, files);
  if (after !== before) {
    writeFileSync(FILE, after);
    console.log(`regenerated the library's ensemble shares in ${FILE}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
