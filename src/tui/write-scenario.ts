import { existsSync, linkSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeTempBeside } from '../log/write-file-safely.js';
import { faultText, isWriteFault } from '../log/write-fault.js';

/** The shared words for a fault of the world (full disk, read-only folder...), as the TUI shows errors. */
const fault = (path: string, err: unknown): unknown =>
  isWriteFault(err) ? new Error(`cannot write ${path}: ${faultText(path, err, 'the fork is still open here; press w to try again')}`, { cause: err }) : err;

/**
 * Writes a new file atomically and never over an existing one: the text goes
 * to a flushed temporary file beside it (`writeTempBeside`, which steps around
 * a stale one a killed process left), which is then linked into place (link
 * fails when the name is taken) and removed.
 */
export function writeNewFile(path: string, text: string): void {
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory()) {
    throw new Error(`cannot write ${path}: there is no folder ${dirname(path)}; create it first, or give a path in a folder that exists`);
  }
  let tmp: string;
  try {
    tmp = writeTempBeside(path, text);
  } catch (err) {
    throw fault(path, err);
  }
  try {
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists; choose another name`, { cause: err });
    throw fault(path, err);
  } finally {
    unlinkSync(tmp);
  }
}
