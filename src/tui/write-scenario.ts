import { writeFileSafely } from '../log/write-file-safely.js';

/**
 * Writes the TUI's fork through the one writer: a new file only, whole or not at all, never over
 * an existing one; a fault says the fork is still open, to try w again. Throws an error to show.
 */
export function writeNewFile(path: string, text: string): void {
  writeFileSafely(path, text, { forceFlag: null, kept: 'the fork is still open here; press w to try again' });
}
