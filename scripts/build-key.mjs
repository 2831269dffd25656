// What a build is made from, as one hash: a build whose sources match dist's is not redone.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUILDS = '.dist';
export const KEY_FILE = 'build-key.txt';
const INPUTS = ['src', 'machines', 'scripts', 'package.json', 'package-lock.json'];

/** The hash of every file the bundle is built from (paths and contents, in a fixed order). */
export function buildKey() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The key of the build dist points at, or undefined when there is none. */
export function currentKey() {
  const file = join('dist', KEY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}
