import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { writeTempBeside } from '../log/write-file-safely.js';
import { writeFault } from '../log/write-fault.js';
import { InputError } from '../scenario/errors.js';

/**
 * Writes `text` to `file` all at once: a reader sees the old file or the new
 * one, never half of one (a temp file, flushed to disk, then renamed). An existing file is replaced only with `force`.
 *
 * @example writeOutput('docs/decision.svg', svg, { force: false })
 */
export function writeOutput(file: string, text: string, { force }: { force: boolean }): void {
  const refuse = (message: string) => new InputError([{ file, message }]);
  let tmp: string;
  try {
    tmp = writeTempBeside(file, text);
  } catch (err) {
    throw writeFault(file, err);
  }
  try {
    if (force) renameSync(tmp, file);
    else placeNew(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw refuse('already exists; pass --force to replace it');
    throw writeFault(file, err);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A hard link fails if the name is taken, so nothing written in between is lost; renaming is the fallback where links are not allowed. */
function placeNew(tmp: string, file: string): void {
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
    if (existsSync(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(tmp, file);
  }
}
