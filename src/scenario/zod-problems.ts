import type * as z from 'zod/mini';
import { FORCE_NAMES } from '../../machines/index.js';
import { didYouMean, type Problem } from './errors.js';
import { CHANGE_KINDS, CHANGE_SCHEMAS, eventSchema, expectationSchema, scenarioSchema, type ChangeKind } from './schema.js';
import type { YamlFile } from './yaml-file.js';

export type Path = readonly (string | number)[];

/** Turns zod's issues into located, teaching messages; `prefix` is where the checked value sits in the file. */
export function zodProblems(
  yaml: YamlFile, issues: readonly z.core.$ZodIssue[], prefix: Path = [], known: (path: Path) => string[] = (path) => knownKeys(yaml.data, path),
): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    const field = path.length ? path.join('.') : 'the file';
    const found = valueAt(yaml.data, path);
    let message: string;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const candidates = known(path);
        message = issue.keys
          .map((k) => `unknown field "${k}" in ${field}${didYouMean(k, candidates)}`)
          .join('; ');
        return yaml.keyProblem(path, issue.keys[0]!, message);
      }
      case 'invalid_value':
        message = found === undefined ? `${field}: missing; expected one of ${issue.values.map(String).join(', ')}` : `${field}: expected one of ${issue.values.map(String).join(', ')}; found ${JSON.stringify(found)}${
          typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : ''}`;
        break;
      case 'invalid_type':
        message = found === undefined
          ? `${field}: missing; expected ${issue.expected}`
          : `${field}: expected ${issue.expected}; found ${describe(found)}`;
        break;
      default:
        message = `${field}: ${issue.message}; found ${describe(found)}`;
    }
    return yaml.problem(path, message);
  });
}

/** The kind of a change item, read from which of `move`, `remove`, `add`, `set` it has. */
export function changeKindOf(raw: unknown): ChangeKind[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return CHANGE_KINDS.filter((k) => k in raw);
}

/** The fields a mapping at `path` may hold, for "did you mean" on an unknown one. */
function knownKeys(data: unknown, path: Path): string[] {
  const [top, , sub] = path;
  if (path.at(-1) === 'effects') return FORCE_NAMES;
  if (top === 'events') return Object.keys(eventSchema.shape);
  if (top === 'expect') return Object.keys(expectationSchema.shape);
  if (top === 'changes') {
    if (sub === 'add') return Object.keys(eventSchema.shape);
    if (sub === 'set') return ['parameter', 'value'];
    const [kind] = changeKindOf(valueAt(data, path.slice(0, 2)));
    return kind ? Object.keys(CHANGE_SCHEMAS[kind].shape) : CHANGE_KINDS;
  }
  return Object.keys(scenarioSchema.shape);
}

export function valueAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  // JSON would print NaN and Infinity (YAML's .nan and .inf) as null.
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v} (YAML's ${Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'})`;
  return `${typeof v} ${JSON.stringify(v)}`;
}
