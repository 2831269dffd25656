import { PARAMETER_NAMES, type ParameterName } from '../../machines/index.js';
import { daysBetween } from '../engine/dates.js';
import type { RunInputs, ScenarioEvent } from '../engine/types.js';
import { canonicalJson } from '../util/canonical-json.js';

export interface MovedInput {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly summary: string;
}

export interface ChangedInput {
  readonly id: string;
  readonly date: string;
  /** The fields that differ besides the date: `effects`, `summary`, ... */
  readonly fields: readonly string[];
  readonly summary: string;
}

/** How the inputs of B differ from those of A, event by event (matched by id), then parameter by parameter. */
export interface InputDiff {
  readonly moved: readonly MovedInput[];
  readonly removed: readonly ScenarioEvent[];
  readonly added: readonly ScenarioEvent[];
  readonly changed: readonly ChangedInput[];
  readonly params: readonly { readonly name: ParameterName; readonly from: number; readonly to: number }[];
  readonly seed: { readonly from: number; readonly to: number } | null;
}

/**
 * The inputs that differ between two runs: what `diff` lists under the
 * milestones and what `explain` traces a difference back to.
 */
export function diffInputs(a: RunInputs, b: RunInputs): InputDiff {
  const inA = new Map(a.events.map((e) => [e.id, e]));
  const inB = new Map(b.events.map((e) => [e.id, e]));
  const moved: MovedInput[] = [];
  const changed: ChangedInput[] = [];
  for (const e of b.events) {
    const before = inA.get(e.id);
    if (!before) continue;
    if (before.date !== e.date) {
      moved.push({ id: e.id, from: before.date, to: e.date, days: daysBetween(before.date, e.date), summary: e.summary });
    }
    const fields = differingFields(before, e);
    if (fields.length > 0) changed.push({ id: e.id, date: e.date, fields, summary: e.summary });
  }
  return {
    moved, changed,
    removed: a.events.filter((e) => !inB.has(e.id)),
    added: b.events.filter((e) => !inA.has(e.id)),
    params: PARAMETER_NAMES.filter((n) => a.params[n] !== b.params[n]).map((name) => ({ name, from: a.params[name], to: b.params[name] })),
    seed: a.seed === b.seed ? null : { from: a.seed, to: b.seed },
  };
}

/** What became of one input id between A and B, in a few words; `undefined` when it is the same in both. */
export function inputChange(diff: InputDiff, id: string): string | undefined {
  const moved = diff.moved.find((m) => m.id === id);
  if (moved) return `moved ${moved.from} → ${moved.to}`;
  if (diff.removed.some((e) => e.id === id)) return 'removed';
  if (diff.added.some((e) => e.id === id)) return 'added';
  const changed = diff.changed.find((c) => c.id === id);
  return changed ? `${changed.fields.join(', ')} changed` : undefined;
}

/** True when the diff finds nothing at all. */
export function isEmptyDiff(d: InputDiff): boolean {
  return !d.moved.length && !d.removed.length && !d.added.length && !d.changed.length && !d.params.length && !d.seed;
}

function differingFields(a: ScenarioEvent, b: ScenarioEvent): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('date');
  keys.delete('id');
  const field = (e: ScenarioEvent, k: string) => canonicalJson((e as unknown as Record<string, unknown>)[k]);
  return [...keys].filter((k) => field(a, k) !== field(b, k)).sort();
}
