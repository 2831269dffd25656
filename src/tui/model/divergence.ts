import type { LogEvent } from '../../engine/index.js';

/**
 * The seq of the first event where two logs part, or null when they are the
 * same. A fork's timeline is marked there.
 */
export function firstDivergence(original: readonly LogEvent[], fork: readonly LogEvent[]): number | null {
  const n = Math.max(original.length, fork.length);
  for (let i = 0; i < n; i++) {
    const a = original[i];
    const b = fork[i];
    if (!a || !b || !sameEvent(a, b)) return i + 1;
  }
  return null;
}

function sameEvent(a: LogEvent, b: LogEvent): boolean {
  return a.date === b.date && a.type === b.type && a.kind === b.kind && a.actor === b.actor && a.cause === b.cause
    && JSON.stringify(a.data) === JSON.stringify(b.data);
}
