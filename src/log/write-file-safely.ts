import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../scenario/errors.js';
import { writeFault } from './write-fault.js';

export interface WriteOptions {
  /** Replace a file already at the path. */
  readonly force?: boolean;
  /** What the flag that allows overwriting is called, for the message. */
  readonly forceFlag?: string;
}

let serial = 0;

/** Throws the "already exists" error early, before a long run, when the path is taken and not forced. */
export function checkWritable(file: string, options: WriteOptions = {}): void {
  // Even with --force: a folder is never replaced, and its temp file would land outside it.
  if (isFolder(file)) throw new InputError([{ file, message: 'cannot write: it is a folder; give a file name' }]);
  if (!options.force && existsSync(file)) throw existsError(file, options);
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
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
  let temp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    temp = writeTempBeside(file, text);
    if (options.force) renameSync(temp, file);
    else publishNew(temp, file, refuse);
  } catch (err) {
    throw writeFault(file, err);
  } finally {
    if (temp !== undefined && existsSync(temp)) unlinkSync(temp);
  }
  syncFolder(dir);
}

/**
 * Writes `text` to a new hidden temp file in `file`'s folder, flushed to disk, and
 * returns its path. A name left by a killed process (whose pid may come round
 * again, as it does in containers) is skipped, never reused.
 */
export function writeTempBeside(file: string, text: string): string {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${serial++}.tmp`);
    let fd: number;
    try {
      fd = openSync(temp, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 1000) continue;
      throw err;
    }
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
    return temp;
  }
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
