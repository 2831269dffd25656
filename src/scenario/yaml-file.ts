import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type Problem } from './errors.js';

/** Files larger than this are refused before parsing: no scenario comes close. */
export const MAX_FILE_BYTES = 1_000_000;

/** A parsed YAML file that can say where any path inside it is. */
export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
  problem(path: readonly (string | number)[], message: string): Problem;
  /** Where the key itself stands, for "unknown field" errors. */
  keyProblem(path: readonly (string | number)[], key: string, message: string): Problem;
}

export function readYamlFile(file: string): YamlFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : String((err as Error).message);
    throw new InputError([{ file, message: `cannot read: ${why}` }]);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError([{ file, message: `file is ${bytes.length} bytes; a scenario may be at most ${MAX_FILE_BYTES}` }]);
  }
  return parseYaml(file, bytes.toString('utf8'));
}

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter, prettyErrors: false, uniqueKeys: true,
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    throw new InputError(doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `invalid YAML: ${e.message.split('\n')[0]}` })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new InputError([{ file, message: `invalid YAML: ${(err as Error).message}` }]);
  }
  const locate = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node) || isSeq(node)) {
        const child = node.get(key, true) as Node | undefined;
        if (!child) break;
        node = child;
        found = child;
      } else break;
    }
    return found?.range ? at(found.range[0]) : undefined;
  };
  const locateKey = (path: readonly (string | number)[], key: string) => {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isMap(parent)) return locate([...path, key]);
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const range = (pair?.key as Node | undefined)?.range;
    return range ? at(range[0]) : locate([...path, key]);
  };
  return {
    file, data, locate,
    problem: (path, message) => ({ file, ...(locate(path) ?? {}), message }),
    keyProblem: (path, key, message) => ({ file, ...(locateKey(path, key) ?? {}), message }),
  };
}
