import { InputError } from './errors.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

/**
 * What one load reads once, however many of its scenarios lead to the same file: each file's
 * YAML (or why it could not be read) by the path it was named by, and the scenario ids of each
 * folder searched. Made afresh for each load, so a file edited between two loads is read again.
 */
export interface LoadCache {
  readonly yaml: Map<string, YamlFile | InputError>;
  /** folder → id → files with that id. */
  readonly ids: Map<string, Map<string, string[]>>;
}

export const newLoadCache = (): LoadCache => ({ yaml: new Map(), ids: new Map() });

/**
 * `readYamlFile` of a scenario, once per path in a load: the id check of `extends` and the
 * load of the parent, or the many what-ifs of a folder that extend one parent, share one parse.
 *
 * @example
 *   const cache = newLoadCache();
 *   readScenarioYaml('scenarios/baseline.yaml', cache) === readScenarioYaml('scenarios/baseline.yaml', cache) // true
 */
export function readScenarioYaml(file: string, cache: LoadCache): YamlFile {
  let read = cache.yaml.get(file);
  if (read === undefined) {
    try {
      read = readYamlFile(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      read = err;
    }
    cache.yaml.set(file, read);
  }
  if (read instanceof InputError) throw read;
  return read;
}
