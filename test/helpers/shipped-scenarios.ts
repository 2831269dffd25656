import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scenario files the project ships: those git tracks under `dir`, so a user's own file there
 * (a fork, a draft) never turns the project's tests red. Outside a git checkout, the folder's files.
 */
export function shippedScenarios(dir = 'scenarios'): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = out.split('\n').filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
    if (files.length > 0) return files.sort();
  } catch {
    // not a git checkout (an unpacked tarball): the folder is all there is
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)).sort();
}
