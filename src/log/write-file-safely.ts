import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../scenario/errors.js';

export interface WriteOptions {
  /** Replace a file already at the path. */
  readonly force?: boolean;
  /** What the flag that allows overwriting is called, for the message. */
  readonly forceFlag?: string;
}

let serial = 0;

/** Throws the "already exists" error early, before a long run, when the path is taken and not forced. */
export function checkWritable(file: string, options: WriteOptions = {}): void {
  if (!options.force && existsSync(file)) throw existsError(file, options);
}

function existsError(file: string, options: WriteOptions): InputError {
  return new InputError([{
    file, message: `already exists; pass ${options.forceFlag ?? '--force'} to overwrite it, or choose another path`,
  }]);
}

/**
 * Writes a file so that a crash at any moment leaves either no file or the whole
 * of it: the text goes to a temp file in the same folder, is flushed to disk, and
 * only then takes the path's name. An existing path is refused unless `force`.
 *
 * @example
 *   writeFileSafely('runs/baseline.jsonl', formatLog(run), { force: false });
 */
export function writeFileSafely(file: string, text: string, options: WriteOptions = {}): void {
  const refuse = () => existsError(file, options);
  checkWritable(file, options);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.${serial++}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, Math.min(1 << 20, bytes.length - at));
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(temp);
    throw err;
  }
  closeSync(fd);
  try {
    if (options.force) renameSync(temp, file);
    else publishNew(temp, file, refuse);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
  syncFolder(dir);
}

/** Gives the temp file its name only if nothing took the name meanwhile (a hard link fails if it exists). */
function publishNew(temp: string, file: string, refuse: () => Error): void {
  try {
    linkSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refuse();
    // Filesystems without hard links: the check above is the best we can do.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
      if (existsSync(file)) throw refuse();
      renameSync(temp, file);
      return;
    }
    throw err;
  }
}

/** Makes the rename itself durable; not every platform can open a folder, which is harmless. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
