import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { didYouMean } from './errors.js';
import { newLoadCache, readScenarioYaml, type LoadCache } from './load-cache.js';
import { STDIN } from './read-text-file.js';

export type ParentLookup = { readonly file: string } | { readonly message: string };

const SCENARIO_FILE = /\.ya?ml$/;

/** Whether an `extends` value is a path (has a slash or a .yaml ending) rather than a scenario id. */
export const isPathRef = (ref: string): boolean => /[/\\]/.test(ref) || SCENARIO_FILE.test(ref);

/**
 * The file an `extends` names: a path relative to the extending file, or the
 * id of a scenario among the *.yaml files in the extending file's folder.
 */
export function findParent(fromFile: string, ref: string, cache: LoadCache = newLoadCache()): ParentLookup {
  const folder = dirname(fromFile);
  if (isPathRef(ref)) {
    if (isAbsolute(ref)) return { message: `extends: ${ref} is an absolute path; give a path relative to this file, or a scenario id` };
    const file = join(folder, ref);
    if (!existsSync(file) || !statSync(file).isFile()) return { message: `extends: no scenario file ${file}` };
    // A path may leave the folder (a fork names its parent so), but only for a scenario: a path
    // to a file of another kind (/etc/passwd, a key), or a link to one, is refused before it is read.
    if (!SCENARIO_FILE.test(realpathSync(file))) return { message: `extends: ${file} is not a .yaml file; a parent is a scenario` };
    return { file };
  }
  const named = join(folder, `${ref}.yaml`);
  if (!cache.ids.has(folder) && idOf(named, cache) === ref) return { file: named }; // the usual case: a file named after its id
  const ids = idsIn(folder, cache);
  const files = ids.get(ref) ?? [];
  if (files.length === 1) return { file: files[0]! };
  if (files.length > 1) return { message: `extends: ${files.join(' and ')} both have id "${ref}"; extend one by its path instead` };
  const known = [...ids.keys()].sort();
  return {
    message: `extends: no scenario with id "${ref}" among the *.yaml files in ${fromFile === STDIN ? 'the current folder (standard input has no folder of its own)' : folder}${didYouMean(ref, known)}; ids there: ${known.join(', ') || 'none'}`,
  };
}

function idsIn(folder: string, cache: LoadCache): Map<string, string[]> {
  const cached = cache.ids.get(folder);
  if (cached) return cached;
  const ids = new Map<string, string[]>();
  for (const name of readdirSync(folder).filter((n) => SCENARIO_FILE.test(n)).sort()) {
    const file = join(folder, name);
    const id = idOf(file, cache);
    if (id !== undefined) ids.set(id, [...(ids.get(id) ?? []), file]);
  }
  cache.ids.set(folder, ids);
  return ids;
}

/** The id a scenario file declares; undefined when it has none or cannot be read (it is reported when loaded itself). */
function idOf(file: string, cache: LoadCache): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const id = (readScenarioYaml(file, cache).data as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
