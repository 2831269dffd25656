import type { RunResult } from '../engine/types.js';
import { formatLog } from './format-log.js';
import { writeFileSafely, type WriteOptions } from './write-file-safely.js';

/**
 * Saves a run as a log file, all or nothing (see `writeFileSafely`), making its folder (runs/) if need be.
 *
 * @example
 *   writeLog('runs/baseline.jsonl', simulate(inputs));
 */
export function writeLog(file: string, run: RunResult, options: WriteOptions = {}): void {
  writeFileSafely(file, formatLog(run), { makeFolders: true, ...options });
}
