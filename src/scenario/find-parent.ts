import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { didYouMean } from './errors.js';
import { readYamlFile } from './yaml-file.js';

/** Scenario ids by folder, read once per load: folder → id → files with that id. */
export type FolderIndex = Map<string, Map<string, string[]>>;

export type ParentLookup = { readonly file: string } | { readonly message: string };

const SCENARIO_FILE = /\.ya?ml$/;

/** Whether an `extends` value is a path (has a slash or a .yaml ending) rather than a scenario id. */
export const isPathRef = (ref: string): boolean => /[/\\]/.test(ref) || SCENARIO_FILE.test(ref);

/**
 * The file an `extends` names: a path relative to the extending file, or the
 * id of a scenario among the *.yaml files in the extending file's folder.
 */
export function findParent(fromFile: string, ref: string, index: FolderIndex = new Map()): ParentLookup {
  const folder = dirname(fromFile);
  if (isPathRef(ref)) {
    const file = join(folder, ref);
    if (!existsSync(file) || !statSync(file).isFile()) return { message: `extends: no scenario file ${file}` };
    return { file };
  }
  const ids = idsIn(folder, index);
  const files = ids.get(ref) ?? [];
  if (files.length === 1) return { file: files[0]! };
  if (files.length > 1) return { message: `extends: ${files.join(' and ')} both have id "${ref}"; extend one by its path instead` };
  const known = [...ids.keys()].sort();
  return {
    message: `extends: no scenario with id "${ref}" among the *.yaml files in ${folder}${didYouMean(ref, known)}; ids there: ${known.join(', ') || 'none'}`,
  };
}

function idsIn(folder: string, index: FolderIndex): Map<string, string[]> {
  const cached = index.get(folder);
  if (cached) return cached;
  const ids = new Map<string, string[]>();
  for (const name of readdirSync(folder).filter((n) => SCENARIO_FILE.test(n)).sort()) {
    const file = join(folder, name);
    let id: unknown;
    try {
      id = (readYamlFile(file).data as { id?: unknown } | null)?.id;
    } catch {
      continue; // a broken neighbour is reported when it is loaded itself
    }
    if (typeof id === 'string') ids.set(id, [...(ids.get(id) ?? []), file]);
  }
  index.set(folder, ids);
  return ids;
}
