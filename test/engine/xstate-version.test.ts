import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The engine compiles XState's internals (`_nodes`, `order`, `transitions`) and mirrors its
// macrostep: it is held equal to one exact version, pinned in package.json.
describe('xstate', () => {
  it('is pinned to an exact version, and the installed one is that version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const expected = pkg.dependencies.xstate!;
    expect(expected, 'package.json pins xstate to an exact version (no ^ or ~)').toMatch(/^\d+\.\d+\.\d+$/);
    const installedFile = createRequire(import.meta.url).resolve('xstate/package.json');
    const installed = (JSON.parse(readFileSync(installedFile, 'utf8')) as { version: string }).version;
    expect(installed, `package.json expects xstate ${expected} but ${installed} is installed (${installedFile}); run npm ci, or move the pin and re-run the engine's differential tests`).toBe(expected);
  });
});
