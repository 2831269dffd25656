import { PARAMETER_NAMES, defaultParams, isInputType, isParameterName, type ParameterName, type Params } from '../../machines/index.js';
import { simulate, simulateReference } from '../engine/simulate.js';
import type { RunInputs } from '../engine/types.js';
import { canonicalJson } from '../util/canonical-json.js';
import { modelHash } from './model-hash.js';
import type { LoadedLog } from './parse-log.js';

/** Where a recorded run and a fresh run of the model first part ways. */
export interface Divergence {
  /** The event that differs, or 0 when the runs start from different states. */
  readonly seq: number;
  readonly reason: string;
  /** The recorded side: an event, or a start value at seq 0; absent when the log ended first. */
  readonly log?: unknown;
  /** The fresh side; absent when the model ended first. */
  readonly model?: unknown;
  /** Where the two sides differ, as dotted paths (`date`, `data.guard.threshold`); empty when one side is missing. */
  readonly fields: readonly string[];
}

export interface Verification {
  readonly identical: boolean;
  readonly events: { readonly log: number; readonly model: number };
  readonly modelHash: { readonly log: string; readonly current: string; readonly same: boolean };
  readonly divergence: Divergence | null;
  /** Things about the log's inputs this model had to read differently. */
  readonly notes: readonly string[];
  /** Parameters the scenario did not set whose default has changed since the log was written. */
  readonly defaultsChanged: readonly DefaultChange[];
}

/** A default of machines/parameters.ts that differs from the value the log recorded. */
export interface DefaultChange {
  readonly parameter: ParameterName;
  readonly log: number;
  readonly now: number;
}

/**
 * Runs the model again on a log's inputs (today's defaults plus the scenario's own
 * `set` values) and compares, event by event, with what the log recorded: how a user
 * learns that a model change, a changed default included, moved history.
 *
 * @example
 *   verifyLog(readLog('runs/baseline.jsonl')).identical // true while the model is unchanged
 *
 * `reference` runs the model through XState's own `transition()` instead of the engine.
 */
export function verifyLog(log: LoadedLog, { reference = false }: { reference?: boolean } = {}): Verification {
  const current = modelHash();
  const hash = { log: log.header.modelHash, current, same: log.header.modelHash === current };
  const recorded = log.run.events;
  const { inputs, notes, defaultsChanged } = inputsForThisModel(log.header.inputs);
  const result = (divergence: Divergence | null, model: number): Verification => ({
    identical: divergence === null, events: { log: recorded.length, model }, modelHash: hash, divergence, notes, defaultsChanged,
  });

  const unknown = inputs.events.find((e) => !isInputType(e.type));
  if (unknown) {
    const event = recorded.find((e) => e.kind === 'input' && e.data.id === unknown.id);
    return result({ seq: event?.seq ?? 0, reason: `input "${unknown.id}" has type "${unknown.type}", which this model does not know`, log: event ?? unknown, fields: ['type'] }, 0);
  }
  const fresh = (reference ? simulateReference : simulate)(inputs);
  for (const key of ['initialLedger', 'initialStates'] as const) {
    if (canonicalJson(log.run[key]) !== canonicalJson(fresh[key])) {
      const reason = `the runs start from a different ${key === 'initialLedger' ? 'ledger' : 'machine state'}`;
      return result({ seq: 0, reason, log: log.run[key], model: fresh[key], fields: differingPaths(log.run[key], fresh[key]) }, fresh.events.length);
    }
  }
  const n = Math.max(recorded.length, fresh.events.length);
  for (let i = 0; i < n; i++) {
    const a = recorded[i];
    const b = fresh.events[i];
    if (a && b && canonicalJson(a) === canonicalJson(b)) continue;
    const reason = !a ? 'the log ends here; the model goes on' : !b ? 'the model ends here; the log goes on' : `event ${i + 1} differs`;
    return result({ seq: i + 1, reason, ...(a ? { log: a } : {}), ...(b ? { model: b } : {}), fields: a && b ? differingPaths(a, b) : [] }, fresh.events.length);
  }
  return result(null, fresh.events.length);
}

/**
 * The log's inputs as this model would run them today: every parameter at today's default but
 * those the scenario set (`overrides`). A logged value that is no override yet differs from
 * today's default is a default changed since the log was written.
 */
function inputsForThisModel(inputs: RunInputs): { inputs: RunInputs; notes: string[]; defaultsChanged: DefaultChange[] } {
  const notes: string[] = [];
  const defaults = defaultParams();
  const overrides: Record<string, number> = inputs.overrides ?? {};
  const params: Record<string, number> = { ...defaults };
  for (const [name, value] of Object.entries(overrides)) {
    if (isParameterName(name)) params[name] = value;
    else notes.push(`the log sets parameter "${name}", which this model does not have; ignored`);
  }
  const defaultsChanged: DefaultChange[] = [];
  for (const name of PARAMETER_NAMES) {
    if (name in overrides) continue;
    const logged = inputs.params[name];
    if (logged === undefined) notes.push(`the log has no value for parameter "${name}"; used its default, ${defaults[name]}`);
    else if (logged !== defaults[name]) defaultsChanged.push({ parameter: name, log: logged, now: defaults[name] });
  }
  for (const name of Object.keys(inputs.params)) {
    if (!isParameterName(name)) notes.push(`parameter "${name}" of the log is not in this model; ignored`);
  }
  if (!inputs.overrides && defaultsChanged.length > 0) {
    notes.push('the log records no overrides (none were set, or it was written before redline recorded them), '
      + 'so verify ran every parameter at today\'s default; a value its scenario set would show above as a changed default');
  }
  return { inputs: { ...inputs, params: params as Params }, notes, defaultsChanged };
}

/** The dotted paths at which two JSON values differ, leaves only. */
function differingPaths(a: unknown, b: unknown, at = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differingPaths(a[k], b[k], at ? `${at}.${k}` : k));
  }
  return canonicalJson(a) === canonicalJson(b) ? [] : [at];
}
