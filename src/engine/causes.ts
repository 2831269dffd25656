import type { LogEvent } from './types.js';

/** The chain of causes behind an event, nearest first, ending at the input that started it. */
export function causeChain(events: readonly LogEvent[], seq: number): LogEvent[] {
  const chain: LogEvent[] = [];
  for (let cur = events[seq - 1]?.cause ?? null; cur !== null; cur = events[cur - 1]?.cause ?? null) {
    const e = events[cur - 1];
    if (!e) break;
    chain.push(e);
  }
  return chain;
}

/** A short name for an event: an input's id, or a decision's type. */
export function eventName(e: LogEvent): string {
  return e.kind === 'input' ? e.data.id : e.type;
}

/** The sources behind an event: its own, or those of the nearest input it came from. */
export function sourcesBehind(events: readonly LogEvent[], e: LogEvent): readonly string[] {
  if (e.sources.length > 0) return e.sources;
  return causeChain(events, e.seq).find((c) => c.sources.length > 0)?.sources ?? [];
}
