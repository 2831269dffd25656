import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../scenario/errors.js';
import { claimOutput } from './claim-output.js';
import { NOTHING_LOST, writeFault } from './write-fault.js';

export interface WriteOptions {
  /** Replace a file already at the path. */
  readonly force?: boolean;
  /** What the flag that allows overwriting is called, for the message; null where there is none (the TUI). */
  readonly forceFlag?: string | null;
  /** Create missing folders on the way (a log's runs/); otherwise a missing folder is refused. */
  readonly makeFolders?: boolean;
  /** What is kept when the write fails, for the message (default: nothing was written). */
  readonly kept?: string;
  /** Who writes, for a second writer's message. */
  readonly command?: string;
}

let serial = 0;

/** A fault found before writing, in the words a failed write would get. */
const refuse = (file: string, code: string, options: WriteOptions) =>
  writeFault(file, Object.assign(new Error(code), { code }), options.kept ?? NOTHING_LOST);

/**
 * Refuses early, before a long run, what no write could mend: a folder or a device at the path
 * (even with --force), a path through a file, a missing folder (unless made), a taken path without force.
 */
export function checkWritable(file: string, options: WriteOptions = {}): void {
  const kind = kindOf(file);
  if (kind === 'folder') throw refuse(file, 'EISDIR', options);
  if (kind === 'other') throw refuse(file, 'ENODEV', options);
  if (kind === 'file' && !options.force) throw existsError(file, options);
  let dir = dirname(file);
  while (kindOf(dir) === 'none' && dirname(dir) !== dir) dir = dirname(dir);
  if (kindOf(dir) !== 'folder') throw refuse(file, 'ENOTDIR', options);
  if (dir !== dirname(file) && !options.makeFolders) throw refuse(file, 'ENOENT', options);
}

type Kind = 'none' | 'file' | 'folder' | 'other';

function kindOf(path: string): Kind {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch {
    // A path through a file (ENOTDIR) is found by the walk up to the nearest thing that exists.
    return 'none';
  }
}

function existsError(file: string, options: WriteOptions): InputError {
  const flag = options.forceFlag === undefined ? '--force' : options.forceFlag;
  return new InputError([{
    file, message: flag ? `already exists; pass ${flag} to overwrite it, or choose another path` : 'already exists; choose another name',
  }]);
}

/**
 * The one writer of whole files (logs, forks, pictures, reports, the TUI's forks): a crash at any
 * moment leaves either no file or the whole of it. The text goes to a temp file in the same
 * folder, is flushed to disk, and only then takes the path's name. An existing path is refused
 * unless `force`; a fault of the world (full disk, read-only folder...) is answered by `writeFault`.
 *
 * @example
 *   writeFileSafely('runs/baseline.jsonl', formatLog(run), { force: false, makeFolders: true });
 */
export function writeFileSafely(file: string, text: string, options: WriteOptions = {}): void {
  checkWritable(file, options);
  const dir = dirname(file);
  let temp: string | undefined;
  const claim = claimOutput(file, options.command ?? 'redline');
  try {
    if (options.makeFolders) mkdirSync(dir, { recursive: true });
    temp = writeTempBeside(file, text);
    if (options.force) renameSync(temp, file);
    else publishNew(temp, file, () => existsError(file, options));
  } catch (err) {
    throw writeFault(file, err, options.kept);
  } finally {
    if (temp !== undefined && existsSync(temp)) unlinkSync(temp);
    claim.release();
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
