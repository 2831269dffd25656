import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real faults of the world for a writer to meet, made without mocks. A full disk and a
 * read-only folder need a mount; where this machine refuses one (CI without privileges)
 * each falls back to the nearest fault it can make for real, and says which it made.
 */
export interface Fault {
  /** The folder to write into. */
  readonly dir: string;
  /** What the fault was made with, for the test's name and message. */
  readonly how: string;
  /** Shell commands run before the bin (a file-size limit where no disk could be mounted). */
  readonly shell: string;
  /** The words the writer must answer with. */
  readonly says: RegExp;
  /** Makes room again (as a user who freed some space would), for a resume. */
  room(): void;
  done(): void;
}

const mounts: string[] = [];

function mount(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  // REDLINE_TEST_NO_MOUNT=1 tries the fallbacks on a machine that could mount.
  if (process.env.REDLINE_TEST_NO_MOUNT === '1') return false;
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
  if (ok) mounts.push(dir);
  return ok;
}

function unmount(dir: string): void {
  if (mounts.includes(dir)) spawnSync('umount', [dir], { stdio: 'ignore' });
}

/**
 * A disk with `free` bytes left: a tmpfs of 64 KiB, filled to leave them (ENOSPC);
 * without a mount, a limit on file size (`ulimit -f`, what a quota does: EFBIG) of about that.
 */
export function fullDisk(parent: string, free = 0): Fault {
  const dir = join(parent, 'small-disk');
  if (mount(dir, 'size=64k')) {
    // Fill it, then free `free` bytes: a write past them finds the disk full.
    const filler = join(dir, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(1 << 20));
    } catch {
      // ENOSPC: it is as full as it gets
    }
    if (free > 0) spawnSync('truncate', ['-s', `-${free}`, filler]);
    return {
      dir, how: 'a full 64 KiB tmpfs', shell: '', says: /cannot write: the disk is full; /,
      room: () => void spawnSync('mount', ['-o', 'remount,size=64m', dir]), done: () => unmount(dir),
    };
  }
  mkdirSync(dir, { recursive: true });
  let limited = true;
  return {
    dir, how: `ulimit -f ${Math.ceil(free / 512)}`, get shell() { return limited ? `ulimit -f ${Math.ceil(free / 512)};` : ''; },
    says: /cannot write: the file would be too large for this file system; /,
    room: () => { limited = false; }, done: () => undefined,
  };
}

/** A folder nothing can be written in: a read-only tmpfs (EROFS); without a mount, one this user may not write (EACCES). */
export function readOnlyFolder(parent: string): Fault {
  const dir = join(parent, 'read-only');
  const base = { shell: '', room: () => undefined };
  if (mount(dir, 'ro,size=64k')) return { ...base, dir, how: 'a read-only tmpfs', says: /cannot write: the file system is read-only; /, done: () => unmount(dir) };
  // Root writes through a mode, but not into /sys, which takes no new files.
  if (process.getuid?.() === 0) return { ...base, dir: '/sys', how: '/sys', says: /cannot write: (permission denied|the file system is read-only); /, done: () => undefined };
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o555);
  return { ...base, dir, how: 'a folder of mode 555', says: /cannot write: permission denied; /, done: () => chmodSync(dir, 0o755) };
}

/** Runs the bundled bin under a fault's shell set-up: exit code, stdout, stderr. */
export function binUnder(fault: Pick<Fault, 'shell'> | undefined, args: readonly string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync('sh', ['-c', `${fault?.shell ?? ''} exec "$0" "$@"`, process.execPath, 'bin/redline.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
