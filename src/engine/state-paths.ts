import type { StateValue } from 'xstate';

/**
 * A machine's state as region → dotted path, e.g. `{ path: 'path.approved.dueDiligence', publicity: 'publicity.secret' }`.
 * A machine without parallel regions has one region, `''`.
 */
export function regionsOf(value: StateValue, parallel: boolean): Record<string, string> {
  if (!parallel) return { '': flatten(value) };
  const out: Record<string, string> = {};
  if (typeof value === 'object') for (const [k, v] of Object.entries(value)) out[k] = `${k}.${flatten(v!)}`;
  return out;
}

function flatten(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [k, v] = Object.entries(value)[0]!;
  return v === undefined ? k : `${k}.${flatten(v)}`;
}

/** The region a dotted state path lives in. */
export function regionOf(statePath: string, parallel: boolean): string {
  return parallel ? statePath.split('.')[0]! : '';
}
