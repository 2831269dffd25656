import { resolve } from 'node:path';
import { defaultParams } from '../../machines/index.js';
import type { RunInputs, ScenarioEvent } from '../engine/types.js';
import { tryApplyChanges, type Change } from './changes.js';
import { InputError, byPosition, type Problem } from './errors.js';
import { checkEventFields } from './event-checks.js';
import type { Expectation } from './expectations.js';
import { placeholderEvent, readChanges } from './read-changes.js';
import { readExpectations } from './read-expectations.js';
import { findParent } from './find-parent.js';
import { newLoadCache, readScenarioYaml, type LoadCache } from './load-cache.js';
import { eventSchema, scenarioSchema } from './schema.js';
import type { YamlFile } from './yaml-file.js';
import { zodProblems } from './zod-problems.js';

export interface LoadedScenario {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** What `simulate` takes: the parent's inputs with this file's changes applied. */
  readonly inputs: RunInputs;
  /** The scenario this one extends, resolved. */
  readonly parent?: LoadedScenario;
  readonly changes: readonly Change[];
  readonly expect: readonly Expectation[];
}

/**
 * Reads, validates and resolves a scenario file and the chain it extends;
 * throws `InputError` listing every problem in every file of the chain.
 *
 * @example
 *   const s = loadScenario('scenarios/congress-early.yaml');
 *   simulate(s.inputs); s.parent?.id // 'baseline'
 */
export function loadScenario(file: string, cache: LoadCache = newLoadCache()): LoadedScenario {
  const r = resolveFile(file, [], cache);
  if (!r.scenario) throw new InputError(r.problems);
  return r.scenario;
}

interface Resolution {
  readonly scenario?: LoadedScenario;
  /** Inputs as far as they could be made out, so a child's ids are checked even when this file has problems. */
  readonly known?: RunInputs;
  readonly problems: Problem[];
}

type Raw = Record<string, unknown>;

function resolveFile(file: string, chain: readonly string[], cache: LoadCache): Resolution {
  let yaml: YamlFile;
  try {
    yaml = readScenarioYaml(file, cache);
  } catch (err) {
    if (err instanceof InputError) return { problems: [...err.problems] };
    throw err;
  }
  const parsed = scenarioSchema.safeParse(yaml.data);
  const own: Problem[] = parsed.success ? [] : zodProblems(yaml, parsed.error.issues);
  const raw = (yaml.data !== null && typeof yaml.data === 'object' ? yaml.data : {}) as Raw;

  const base = typeof raw.extends === 'string'
    ? parentOf(yaml, raw, raw.extends, [...chain, file], cache)
    : rootOf(yaml, raw);
  own.push(...base.problems);
  const changes = typeof raw.extends === 'string' ? readChanges(yaml, raw, own) : [];
  const applied = base.inputs && tryApplyChanges(base.inputs, changes.map((c) => c.change));
  for (const p of applied?.problems ?? []) {
    const { at, placeholder } = changes[p.index]!;
    if (!placeholder) own.push(yaml.problem(['changes', at, ...p.path], p.message));
  }
  const expect = readExpectations(yaml, raw, own);

  const problems = [...own.sort(byPosition), ...base.parentProblems];
  const header = raw as { id?: string; title?: string; seed?: number };
  const inputs: RunInputs | undefined = applied && {
    // Not String(): a mapping with a "toString" key would throw. Bad values are reported above.
    scenario: { id: typeof header.id === 'string' ? header.id : '', title: typeof header.title === 'string' ? header.title : '' },
    params: applied.inputs.params,
    events: applied.inputs.events,
    seed: header.seed ?? base.inputs?.seed ?? 0,
    ...(applied.inputs.overrides ? { overrides: applied.inputs.overrides } : {}),
  };
  if (problems.length > 0 || !parsed.success || !inputs) return { problems, ...(inputs ? { known: inputs } : {}) };
  const s = parsed.data;
  return {
    problems,
    scenario: {
      file, id: s.id, title: s.title, summary: s.summary, inputs,
      ...(base.parent ? { parent: base.parent } : {}),
      changes: changes.map((c) => c.change), expect,
    },
  };
}

/** How many scenarios an extends chain may hold: far more than any what-if needs. */
export const MAX_EXTENDS_DEPTH = 100;

interface Base {
  readonly inputs?: RunInputs;
  readonly parent?: LoadedScenario;
  /** Problems of this file about where its events come from. */
  readonly problems: Problem[];
  /** Problems inside the parent chain, each with its own file. */
  readonly parentProblems: Problem[];
}

function parentOf(yaml: YamlFile, raw: Raw, ref: string, chain: readonly string[], cache: LoadCache): Base {
  const problems: Problem[] = [];
  if (raw.events !== undefined) {
    problems.push(yaml.keyProblem([], 'events',
      'a scenario that extends another lists changes, not events; write each new event as a change: "- add: { id: ..., date: ..., ... }"'));
  }
  if (chain.length > MAX_EXTENDS_DEPTH) {
    // Each link is a level of recursion: a chain thousands deep would overflow the stack.
    const message = `extends: one link too many: a chain (from ${chain[0]}) may extend at most ${MAX_EXTENDS_DEPTH} times`;
    return { problems: [...problems, yaml.problem(['extends'], message)], parentProblems: [] };
  }
  const found = findParent(yaml.file, ref, cache);
  if ('message' in found) return { problems: [...problems, yaml.problem(['extends'], found.message)], parentProblems: [] };
  const cycleStart = chain.findIndex((f) => resolve(f) === resolve(found.file));
  if (cycleStart >= 0) {
    const loop = [...chain.slice(cycleStart), found.file].join(' → ');
    return { problems: [...problems, yaml.problem(['extends'], `extends makes a cycle: ${loop}; a scenario cannot extend itself, even through others`)], parentProblems: [] };
  }
  const parent = resolveFile(found.file, chain, cache);
  const inputs = parent.scenario?.inputs ?? parent.known;
  return { problems, parentProblems: parent.problems, ...(inputs ? { inputs } : {}), ...(parent.scenario ? { parent: parent.scenario } : {}) };
}

function rootOf(yaml: YamlFile, raw: Raw): Base {
  const problems: Problem[] = [];
  if (raw.changes !== undefined) {
    problems.push(yaml.keyProblem([], 'changes', 'changes apply to a parent scenario; name it with "extends: baseline" (an id) or a relative path'));
  }
  const items = Array.isArray(raw.events) ? raw.events : [];
  const events = items.map((item, i) => {
    const r = eventSchema.safeParse(item);
    if (!r.success) problems.push(...zodProblems(yaml, r.error.issues, ['events', i]));
    return r.success ? (r.data as ScenarioEvent) : placeholderEvent(item);
  });
  problems.push(...checkEvents(yaml, items));
  const params = defaultParams();
  return {
    problems, parentProblems: [],
    inputs: { scenario: { id: '', title: '' }, params, events: events.filter((e): e is ScenarioEvent => e !== undefined), seed: 0 },
  };
}

/** Real dates, unique ids, known source keys: what a schema cannot say about a list of events. */
function checkEvents(yaml: YamlFile, events: readonly unknown[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  events.forEach((raw, i) => {
    for (const p of checkEventFields(raw)) problems.push(yaml.problem(['events', i, ...p.path], p.message));
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push(yaml.problem(['events', i, 'id'], `event id "${id}" is used twice (first at event ${seen.get(id)! + 1}); ids must be unique`));
    } else seen.set(id, i);
  });
  return problems;
}

/** Loads several scenario files; throws one `InputError` with the problems of all of them. */
export function loadScenarios(files: readonly string[], cache: LoadCache = newLoadCache()): LoadedScenario[] {
  const problems: Problem[] = [];
  const out: LoadedScenario[] = [];
  for (const file of files) {
    const r = resolveFile(file, [], cache);
    if (r.scenario) out.push(r.scenario);
    else problems.push(...r.problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
