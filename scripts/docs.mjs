// `npm run docs`: redraws the pictures of README.md and docs/*.md with the bundled CLI, from the list in
// docs/pictures.json (which the test that keeps them current reads too), writes docs/cli.md's command
// reference, and runs the pasted output again.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const pictures = JSON.parse(readFileSync('docs/pictures.json', 'utf8'));
for (const { file, args } of pictures) {
  execFileSync(process.execPath, ['bin/redline.js', ...args, '-o', file, '--force'], { stdio: 'inherit' });
}

// The command reference in docs/cli.md, from the registry.
execFileSync(process.execPath, ['scripts/cli-docs.mjs'], { stdio: 'inherit' });

// The library's shares over the ensemble, in docs/scenarios.md.
execFileSync(process.execPath, ['scripts/library-docs.mjs'], { stdio: 'inherit' });

// Pasted command output, run again (scripts/docs-outputs.mjs says which blocks).
const { regenerateFile } = await import('./docs-outputs.mjs');
for (const file of ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]) {
  if (regenerateFile(file)) console.log(`regenerated the pasted output in ${file}`);
}
