import { readTextFile } from '../scenario/read-text-file.js';
import { parseLog, type LoadedLog, type ReadOptions } from './parse-log.js';

/** Far beyond any run (the baseline's log is 33 kB; 10,000 inputs make about 4 MB), and still safe to hold in memory. */
export const MAX_LOG_BYTES = 100 * 1024 * 1024;

/**
 * Reads a log file (see `parseLog`). A missing or unreadable file is an `InputError`.
 *
 * @example
 *   createTimeline(readLog('runs/baseline.jsonl').run).stateAt(17)
 */
export function readLog(file: string, options: ReadOptions = {}): LoadedLog {
  return parseLog(readTextFile(file, { what: 'a log', maxBytes: MAX_LOG_BYTES, allowCutLastCharacter: true }), file, options);
}
