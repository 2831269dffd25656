import { readLog } from '../log/read-log.js';
import type { Opened } from './model/session.js';

/**
 * Opens a recorded log as the TUI's run, with the reader's warnings (a torn last
 * line skipped). Throws the reader's `InputError` on a damaged or unreadable log.
 *
 * @example openLog('runs/baseline.jsonl').opened.run.events.length // 70
 */
export function openLog(file: string): { opened: Opened; warnings: readonly string[] } {
  const log = readLog(file);
  const { id, title } = log.run.inputs.scenario;
  return { opened: { file, id, title, run: log.run, recorded: true }, warnings: log.warnings };
}
