import type { z } from 'zod';
import { FORCE_NAMES, PRIMARY_SCOPE, SCOPE_NAMES, SOURCE_KEYS, defaultParams, isSourceKey } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import type { RunInputs, ScenarioEvent } from '../engine/types.js';
import { InputError, didYouMean, type Problem } from './errors.js';
import { eventSchema, scenarioSchema } from './schema.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

export interface LoadedScenario {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly inputs: RunInputs;
}

/** Reads, validates and resolves a scenario file; throws `InputError` listing every problem found. */
export function loadScenario(file: string): LoadedScenario {
  return resolveScenario(readYamlFile(file));
}

export function resolveScenario(yaml: YamlFile): LoadedScenario {
  const parsed = scenarioSchema.safeParse(yaml.data);
  const problems = [...(parsed.success ? [] : zodProblems(yaml, parsed.error)), ...checkEvents(yaml, yaml.data)];
  if (!parsed.success || problems.length > 0) throw new InputError(sortProblems(problems));
  const scenario = parsed.data;
  return {
    file: yaml.file,
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    inputs: {
      scenario: { id: scenario.id, title: scenario.title },
      params: defaultParams(),
      events: scenario.events as ScenarioEvent[],
      seed: scenario.seed ?? 0,
    },
  };
}

/**
 * What a schema cannot say: real dates, unique ids, known source keys. Reads the
 * raw data, so these are reported alongside schema errors in one pass.
 */
export function checkEvents(yaml: YamlFile, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return problems;
  const seen = new Map<string, number>();
  events.forEach((raw: unknown, i) => {
    if (raw === null || typeof raw !== 'object') return;
    const e = raw as { id?: unknown; date?: unknown; sources?: unknown; type?: unknown; scope?: unknown; effects?: unknown };
    if (e.type === 'aim.widened' && (e.scope === undefined || e.scope === PRIMARY_SCOPE)) {
      problems.push(yaml.problem(['events', i, 'type'],
        `aim.widened needs the wider permission Kyiv now wants: add scope: ${SCOPE_NAMES.filter((s) => s !== PRIMARY_SCOPE).join(' | ')}`));
    }
    if (typeof e.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && parseDay(e.date) === undefined) {
      problems.push(yaml.problem(['events', i, 'date'], `"${e.date}" is not a calendar date; expected a real day as YYYY-MM-DD`));
    }
    if (typeof e.id === 'string') {
      if (seen.has(e.id)) {
        problems.push(yaml.problem(['events', i, 'id'], `event id "${e.id}" is used twice (first at event ${seen.get(e.id)! + 1}); ids must be unique`));
      } else seen.set(e.id, i);
    }
    // zod drops a "__proto__" key from a record without a word; say it, as for any unknown force.
    if (e.effects !== null && typeof e.effects === 'object' && Object.hasOwn(e.effects, '__proto__')) {
      problems.push(yaml.keyProblem(['events', i, 'effects'], '__proto__', `unknown field "__proto__" in events.${i}.effects; forces: ${FORCE_NAMES.join(', ')}`));
    }
    if (!Array.isArray(e.sources)) return;
    e.sources.forEach((key: unknown, j) => {
      if (typeof key === 'string' && !isSourceKey(key)) {
        problems.push(yaml.problem(['events', i, 'sources', j],
          `unknown source key "${key}"${didYouMean(key, SOURCE_KEYS)}; known keys: ${SOURCE_KEYS.join(', ')}`));
      }
    });
  });
  return problems;
}

/** Turns zod's issues into located, teaching messages. */
export function zodProblems(yaml: YamlFile, error: z.ZodError, known: (path: readonly (string | number)[]) => string[] = knownKeys): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
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

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

function knownKeys(path: readonly (string | number)[]): string[] {
  if (path[0] === 'events' && path[2] === 'effects') return FORCE_NAMES;
  return Object.keys(path[0] === 'events' ? eventSchema.shape : scenarioSchema.shape);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  // JSON would print NaN and Infinity (YAML's .nan and .inf) as null.
  if (typeof v === 'number' && !Number.isFinite(v)) return `${v} (YAML's ${Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'})`;
  return `${typeof v} ${JSON.stringify(v)}`;
}
