import { readFileSync } from 'node:fs';
import { InputError } from '../scenario/errors.js';
import { parseLog, type LoadedLog } from './parse-log.js';

/**
 * Reads a log file (see `parseLog`). A missing or unreadable file is an `InputError`.
 *
 * @example
 *   createTimeline(readLog('runs/baseline.jsonl').run).stateAt(17)
 */
export function readLog(file: string): LoadedLog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a log file' : (err as Error).message;
    throw new InputError([{ file, message: `cannot read: ${why}` }]);
  }
  return parseLog(text, file);
}
