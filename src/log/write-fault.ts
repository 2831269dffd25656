import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../scenario/errors.js';

/** What went wrong in the world, said for a person; codes not here are not the world's fault. */
const FAULTS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full', EDQUOT: 'your disk quota is used up', EROFS: 'the file system is read-only',
  EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a folder; give a file name',
  ENOENT: 'there is no such folder', ENOTDIR: 'a part of the path is a file, not a folder',
  ENXIO: 'it is a device, not a file; give a file name', ENODEV: 'it is a device, not a file; give a file name', ESPIPE: 'it is a device, not a file; give a file name',
  ENAMETOOLONG: 'the name is too long', EFBIG: 'the file would be too large for this file system', EIO: 'the disk reported an input/output error',
};

/** How to carry on, for the faults a person can fix. */
const CARRY_ON: Readonly<Record<string, string>> = {
  ENOSPC: 'free some space, or write to another disk', EDQUOT: 'free some space, or write to another disk',
  EROFS: 'write to a folder you can write to', EACCES: 'write to a folder you can write to', EPERM: 'write to a folder you can write to',
  ENOENT: 'create the folder first, or give a path in a folder that exists',
};

/** Whether an error is a fault of the file system (a full disk, a missing folder...), not a bug. */
export function isWriteFault(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in FAULTS;
}

/**
 * The one answer every writer gives a fault of the world: exit 2 (bad input),
 * what happened, what was kept, and how to carry on. Other errors pass through.
 *
 * @example throw writeFault('rows.jsonl', err, 'the 400 runs already written are kept; carry on with --resume')
 */
export function writeFault(file: string, err: unknown, kept = NOTHING_LOST): unknown {
  if (err instanceof InputError || !isWriteFault(err)) return err;
  return new InputError([{ file, message: `cannot write: ${faultText(file, err, kept)}` }]);
}

export const NOTHING_LOST = 'nothing was written; any file already at the path is unchanged';

/** What happened, what was kept, how to carry on: the words of `writeFault`, for a writer that shows them itself (the TUI). */
export function faultText(file: string, err: NodeJS.ErrnoException, kept = NOTHING_LOST): string {
  const code = err.code!;
  const what = code === 'ENOENT' ? `there is no folder ${dirname(file)}` : code === 'ENOTDIR' ? throughFile(file) : FAULTS[code];
  const fix = CARRY_ON[code];
  return `${what}; ${kept}${fix ? `; ${fix}` : ''}`;
}

/** Names the file that stands where a folder of the path should be. */
function throughFile(file: string): string {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      if (statSync(dir).isFile()) return `${dir} is a file, not a folder`;
    } catch {
      // not there: look further up
    }
  }
  return FAULTS.ENOTDIR!;
}
