import {
  EVENT_ID, FAILSAFE_SCHEMA, NOT_RESOLVED, SCALAR_STYLE, Schema, boolCoreTag, constructFromEvents, defineScalarTag,
  getScalarValue, nullCoreTag, parseEvents, type Event,
} from 'js-yaml';

/** A path into a file's data, as zod and the checks name it: keys of mappings, indexes of lists. */
export type DataPath = readonly (string | number)[];

/**
 * A file read by the light reader, which can tell where a node starts, as an offset into the text,
 * for the nodes it placed; `undefined` means "ask the full parser" (a block scalar's header, an
 * empty value).
 */
export interface PlainYaml {
  readonly data: unknown;
  /** Where the deepest node along `path` starts, as the full parser's `locate` walks it. */
  start(path: DataPath): number | undefined;
  /** Where `key` of the mapping at `path` starts; `null` when that is no mapping or has no such key. */
  keyStart(path: DataPath, key: string): number | null | undefined;
}

interface Placed {
  /** The node's first character, or undefined where the light reader cannot say as the full parser does. */
  readonly at: number | undefined;
  readonly items?: Placed[];
  readonly pairs?: Map<string, { key: number | undefined; value: Placed }>;
}

/**
 * Reads the plain YAML scenarios are written in with js-yaml, several times faster on a cold start
 * than `yaml`, or declines (`undefined`) so that `yaml` reads the file as before: any fault, and
 * everything beyond a mapping of plain mappings, lists and scalars (anchors, aliases, tags,
 * directives, document markers, tabs, keys that are not strings) where the two libraries'
 * readings could part.
 * The tests hold the two readings equal wherever this one answers.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  // Tabs (js-yaml lets some indent) and byte-order marks past the first character are where the
  // two libraries part most, and scenarios need neither.
  if (/[\t\uFEFF]/.test(text)) return undefined;
  let root: Placed | undefined;
  let docs: unknown[];
  try {
    const events = parseEvents(text, {});
    root = placePlain(events, text);
    // Every file redline reads is a mapping; anything else is left to `yaml` to refuse in its words.
    if (!root?.pairs) return undefined;
    docs = constructFromEvents(events, { source: text, schema: YAML_CORE, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (docs.length !== 1) return undefined;
  const placed = root;
  return {
    data: docs[0],
    start: (path) => {
      let node = placed;
      for (const key of path) {
        const next = child(node, key);
        if (!next) break;
        node = next;
      }
      return node.at;
    },
    keyStart: (path, key) => {
      let node: Placed | undefined = placed;
      for (const k of path) {
        node = child(node, k);
        if (!node) return null;
      }
      if (!node.pairs) return null;
      const pair = node.pairs.get(key);
      return pair ? pair.key : null;
    },
  };
}

const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const DIGITS = [...'0123456789'];

/**
 * The core schema as `yaml` reads numbers: js-yaml's own leaves a number too large for a double
 * (`1e400`) a string, where `yaml` makes it Infinity, so the number rules are `yaml`'s.
 */
const YAML_CORE = new Schema([
  ...FAILSAFE_SCHEMA.tags, nullCoreTag, boolCoreTag,
  defineScalarTag('tag:yaml.org,2002:int', {
    implicit: true,
    implicitFirstChars: ['-', '+', ...DIGITS],
    resolve: (s) => OCTAL.test(s) ? parseInt(s.slice(2), 8) : INT.test(s) ? parseInt(s, 10) : HEX.test(s) ? parseInt(s.slice(2), 16) : NOT_RESOLVED,
    identify: () => false,
  }),
  defineScalarTag('tag:yaml.org,2002:float', {
    implicit: true,
    implicitFirstChars: ['-', '+', '.', ...DIGITS],
    resolve: (s) => {
      if (INF_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s.startsWith('-') ? -Infinity : Infinity;
      return FLOAT.test(s) ? parseFloat(s) : NOT_RESOLVED;
    },
    identify: () => false,
  }),
]);

/** As `yaml` finds a child: a mapping by a key equal to it, a list by an index or a string of one. */
function child(node: Placed, key: string | number): Placed | undefined {
  if (node.pairs) return typeof key === 'string' ? node.pairs.get(key)?.value : undefined;
  if (node.items) {
    const index = typeof key === 'string' && key !== '' ? Number(key) : key;
    return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
  }
  return undefined;
}

/**
 * A key the core schema reads as a string, ending on its own line within 1000 characters of its
 * `:`. `yaml` turns a null, boolean or number key into a string its own way, and `__proto__` takes
 * its own path: those files go to it.
 */
function isShortStringKey(e: Extract<Event, { type: typeof EVENT_ID.SCALAR }>, text: string): boolean {
  if (e.valueStart === -1) return false;
  const colon = text.indexOf(':', e.valueEnd);
  if (colon === -1 || colon - e.valueStart > 1000 || text.slice(e.valueStart, colon).includes('\n')) return false;
  const source = getScalarValue(text, e);
  if (source === '__proto__') return false;
  if (e.style !== SCALAR_STYLE.PLAIN) return true;
  return !/^(?:~|null|Null|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) && !OCTAL.test(source) && !INT.test(source)
    && !HEX.test(source) && !INF_NAN.test(source) && !FLOAT.test(source);
}

/**
 * The tree of where each node starts, or `undefined` when the document is not plain: no anchors,
 * aliases, tags, directives or document markers, one document, and every key a short string on
 * one line other than `__proto__` (`yaml` refuses an implicit key whose `:` is more than 1024
 * characters on).
 */
function placePlain(events: readonly Event[], text: string): Placed | undefined {
  type Frame = { node: Placed; key?: { name: string; at: number | undefined } };
  const stack: Frame[] = [];
  let root: Placed | undefined;
  let documents = 0;
  const attach = (node: Placed) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
    } else if (top.node.items) {
      top.node.items.push(node);
    } else if (top.key) {
      top.node.pairs!.set(top.key.name, { key: top.key.at, value: node });
      top.key = undefined;
    }
  };
  for (const e of events) {
    const top = stack[stack.length - 1];
    const atKey = top?.node.pairs !== undefined && top.key === undefined;
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        // js-yaml takes an indented `---` for a document marker; `yaml` refuses it.
        if (++documents > 1 || e.directives.length > 0 || e.explicitStart || e.explicitEnd) return undefined;
        break;
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1 || atKey) return undefined;
        const node: Placed = e.type === EVENT_ID.MAPPING ? { at: e.start, pairs: new Map() } : { at: e.start, items: [] };
        attach(node);
        stack.push({ node });
        break;
      }
      case EVENT_ID.SCALAR:
        if (e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
        if (!atKey) attach({ at: scalarStart(e) });
        else if (isShortStringKey(e, text)) top!.key = { name: getScalarValue(text, e), at: scalarStart(e) };
        else return undefined;
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return root;
}

/**
 * Where `yaml` says a scalar starts: its first character, or its opening quote. A block scalar
 * starts at its `|` or `>` header, which the events do not give, and an empty value has no text.
 */
function scalarStart(e: Extract<Event, { type: typeof EVENT_ID.SCALAR }>): number | undefined {
  if (e.valueStart === -1) return undefined;
  switch (e.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return e.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return undefined;
    default:
      return e.valueStart;
  }
}
