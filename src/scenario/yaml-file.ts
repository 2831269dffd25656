import type { Document, Node } from 'yaml';
import { InputError, type Problem } from './errors.js';
import { readPlainYaml, type DataPath } from './plain-yaml.js';
import { readTextFile } from './read-text-file.js';
import { partitionPoint } from '../util/partition-point.js';
import { yamlLib } from './yaml-lib.js';
import { wrongKind } from './file-kind.js';

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

export function readYamlFile(file: string, what = 'a scenario'): YamlFile {
  const text = readTextFile(file, { what, maxBytes: MAX_FILE_BYTES, forbidControlCharacters: true });
  // Another kind of redline file gets a pointer to its command, not a YAML parser's complaint.
  const other = wrongKind(text, what === 'a scenario' ? 'scenario' : undefined, what);
  if (other) throw new InputError([{ file, line: 1, message: other }]);
  return parseYaml(file, text);
}

export function parseYaml(file: string, text: string): YamlFile {
  // Bare CRs (old Mac line ends) become LFs, char for char, so positions stay where an editor shows them.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
  const plain = readPlainYaml(clean);
  if (!plain) return parseFullYaml(file, clean);
  // The full parser places what the light reader cannot (a block scalar's header, an empty value).
  let full: FullYamlFile | undefined;
  const fully = () => (full ??= parseFullYaml(file, clean));
  let lines: number[] | undefined;
  const at = (offset: number) => lineAndColumn((lines ??= lineStarts(clean)), offset);
  const locate: Locate = (path) => {
    const start = plain.start(path);
    return start === undefined ? fully().locate(path) : at(start);
  };
  const locateKey: LocateKey = (path, key) => {
    const start = plain.keyStart(path, key);
    if (start === undefined) return fully().locateKey(path, key);
    return start === null ? locate([...path, key]) : at(start);
  };
  return yamlFile(file, plain.data, locate, locateKey);
}

/** A read file, whose problems are placed by `locate` and `locateKey`. */
function yamlFile(file: string, data: unknown, locate: Locate, locateKey: LocateKey): FullYamlFile {
  return {
    file, data, locate, locateKey,
    problem: (path, message) => ({ file, ...(locate(path) ?? {}), message }),
    keyProblem: (path, key, message) => ({ file, ...(locateKey(path, key) ?? {}), message }),
  };
}

/** Offsets where each line of `text` begins. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as `yaml`'s LineCounter gives them. */
function lineAndColumn(starts: readonly number[], offset: number): Position {
  const line = partitionPoint(starts.length, (i) => starts[i]! <= offset);
  return { line, col: offset - starts[line - 1]! + 1 };
}

type Position = { line: number; col: number };
type Locate = (path: DataPath) => Position | undefined;
/** Where the key itself stands in the mapping at `path`, or failing that where `locate` puts it. */
type LocateKey = (path: DataPath, key: string) => Position | undefined;
export interface FullYamlFile extends YamlFile {
  locateKey: LocateKey;
}

/** The file read by `yaml`, which says what is wrong with it in its own words and places every node. */
export function parseFullYaml(file: string, clean: string): FullYamlFile {
  const { LineCounter, parseDocument, isMap, isSeq } = yamlLib();
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(clean, {
    // Keys are checked for repeats below: the parser's own check is quadratic in a mapping's size.
    lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error',
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    throw new InputError(doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `invalid YAML: ${yamlMessage(e)}` })));
  }
  if (doc.contents === null) {
    throw new InputError([{ file, message: 'the file is empty: nothing but blank lines or comments' }]);
  }
  const repeats = repeatedKeys(doc, at);
  if (repeats.length > 0) throw new InputError(repeats.map((r) => ({ file, ...r })));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new InputError([{ file, message: `invalid YAML: ${yamlMessage(err as Error)}` }]);
  }
  const locate: Locate = (path) => {
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
  const locateKey: LocateKey = (path, key) => {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isMap(parent)) return locate([...path, key]);
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const range = (pair?.key as Node | undefined)?.range;
    return range ? at(range[0]) : locate([...path, key]);
  };
  return yamlFile(file, data, locate, locateKey);
}

/** The parser's first line, except where it would only puzzle: a stack overflow means nesting far too deep. */
function yamlMessage(err: Error): string {
  if (err instanceof RangeError || /call stack/i.test(err.message)) return 'values nested too deeply (a scenario needs a few levels at most)';
  return err.message.split('\n')[0]!;
}

/** Every key written twice in one mapping, at its second place; one pass with a set per mapping. */
function repeatedKeys(doc: Document, at: (offset: number) => { line: number; col: number }): Omit<Problem, 'file'>[] {
  const { isScalar, visit } = yamlLib();
  const out: Omit<Problem, 'file'>[] = [];
  visit(doc, {
    Map(_, map) {
      const first = new Map<unknown, number>();
      for (const { key } of map.items) {
        if (!isScalar(key) || !key.range) continue;
        const where = at(key.range[0]);
        const line = first.get(key.value);
        if (line === undefined) first.set(key.value, where.line);
        else out.push({ ...where, message: `invalid YAML: the key "${String(key.value)}" is already used on line ${line} of this mapping; keys must be unique` });
      }
    },
  });
  return out;
}
