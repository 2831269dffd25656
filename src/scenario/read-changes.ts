import type { ScenarioEvent } from '../engine/types.js';
import type { Change } from './changes.js';
import { didYouMean, type Problem } from './errors.js';
import { checkEventFields } from './event-checks.js';
import { CHANGE_KINDS, CHANGE_SCHEMAS } from './schema.js';
import type { YamlFile } from './yaml-file.js';
import { changeKindOf, describe, zodProblems } from './zod-problems.js';

export interface ReadChange {
  readonly change: Change;
  /** Index of the item in the file. */
  readonly at: number;
  /** A stand-in for an `add` the schema refused, so later changes may still name its id. */
  readonly placeholder: boolean;
}

/** The `changes` of a file, each checked on its own; problems go to `problems`. */
export function readChanges(yaml: YamlFile, raw: Record<string, unknown>, problems: Problem[]): ReadChange[] {
  if (!Array.isArray(raw.changes)) return [];
  const out: ReadChange[] = [];
  raw.changes.forEach((item: unknown, at) => {
    const kinds = changeKindOf(item);
    if (kinds.length !== 1) {
      problems.push(yaml.problem(['changes', at], kinds.length > 1
        ? `changes.${at}: one change per item; found ${kinds.join(' and ')}`
        : `changes.${at}: expected a change (${CHANGE_KINDS.join(', ')})${keysHint(item)}`));
      return;
    }
    const r = CHANGE_SCHEMAS[kinds[0]!].safeParse(item);
    if (r.success) {
      out.push({ change: r.data as Change, at, placeholder: false });
      return;
    }
    problems.push(...zodProblems(yaml, r.error.issues, ['changes', at]));
    const add = (item as { add?: unknown }).add;
    if (kinds[0] === 'add') {
      for (const p of checkEventFields(add)) problems.push(yaml.problem(['changes', at, 'add', ...p.path], p.message));
      const stand = placeholderEvent(add);
      if (stand) out.push({ change: { add: stand }, at, placeholder: true });
    }
  });
  return out;
}

function keysHint(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return `; found ${describe(item)}`;
  const keys = Object.keys(item);
  return `; found ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'an empty mapping'}${keys[0] ? didYouMean(keys[0], CHANGE_KINDS) : ''}`;
}

/** An event that stands in for one the schema refused: only its id matters, and only for checking later changes. */
export function placeholderEvent(raw: unknown): ScenarioEvent | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return undefined;
  return { id, date: '1970-01-01', actor: 'kyiv', type: 'situation.reported', summary: id, sources: [] };
}
