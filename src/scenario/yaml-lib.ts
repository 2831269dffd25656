import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');
let lib: YamlLib | undefined;

/**
 * `yaml`, the full YAML library, loaded the first time it is needed: to say what is wrong with a
 * file, or to write one. A well-formed scenario is read by the lighter reader (plain-yaml.ts)
 * alone, and merely loading this library costs a fifth of a bare node start.
 */
export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)('yaml') as YamlLib);
}
