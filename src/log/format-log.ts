import type { RunResult } from '../engine/types.js';
import { logHeader } from './log-header.js';

/**
 * A run as the text of its log: the header line, then one event a line, each
 * ending in a newline. The same run always gives the same bytes.
 *
 * @example
 *   formatLog(simulate(inputs)).split('\n')[0] // '{"format":"redline-log","version":2,…}'
 */
export function formatLog(run: RunResult): string {
  const lines = [JSON.stringify(logHeader(run))];
  for (const e of run.events) {
    // The envelope's fields first, in one order, so a log reads well and diffs cleanly.
    lines.push(JSON.stringify({ seq: e.seq, date: e.date, kind: e.kind, type: e.type, actor: e.actor, cause: e.cause, sources: e.sources, data: e.data }));
  }
  return `${lines.join('\n')}\n`;
}
