import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../scenario/errors.js';

/** Who holds an output path: what the claim file beside it says. */
interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly command: string;
}

/** The claim file beside an output: hidden, so a folder of outputs lists only outputs. */
export const claimPath = (file: string): string => join(dirname(file), `.${basename(file)}.lock`);

/** The claims this process holds. */
const held = new Set<string>();

/** Whether a process is running; another user's process (EPERM) is. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lock: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(lock, 'utf8')) as Holder;
    return Number.isInteger(h.pid) && h.pid > 0 ? h : undefined;
  } catch {
    return undefined;
  }
}

export interface Claim {
  /** Gives the path up; safe to call twice. */
  release(): void;
  /** Set when a claim left by a process that is no longer running was taken over. */
  readonly tookOver?: string;
}

/**
 * One writer per output path at a time: an O_EXCL claim file beside the output names the holder's
 * pid, host and start. A second writer is refused (exit 2) with who holds the path and since when.
 * A claim left by a killed process on this host is taken over: it is renamed aside first (one
 * rename can win), and put back if it turns out to be a live writer's that came in between.
 * A claim that cannot be read (never written whole, so not redline's) counts as left behind.
 *
 * @example const claim = claimOutput('rows.jsonl', 'sweep'); try { ... } finally { claim.release(); }
 */
export function claimOutput(file: string, command: string): Claim {
  const lock = claimPath(file);
  // A command that holds the path for its whole run writes it through the writer, which claims again.
  if (held.has(lock)) return { release: () => undefined };
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command };
  let tookOver: string | undefined;
  // The claim is written whole to a temp file, then linked into place (a link fails if the name is
  // taken): a claim file is never seen half written.
  const temp = `${lock}.${process.pid}.new`;
  try {
    writeFileSync(temp, JSON.stringify(me));
  } catch {
    // A folder that cannot take the claim (full, read-only, not a folder) is the write's own fault to report: no claim then.
    try {
      rmSync(temp, { force: true });
    } catch {
      // there was no folder to leave it in
    }
    return { release: () => undefined };
  }
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt === 100) throw new InputError([{ file, message: `cannot claim the path: ${lock} keeps changing hands; try again` }]);
      if (place(temp, lock)) break;
      const holder = readHolder(lock);
      if (holder && (holder.host !== me.host || alive(holder.pid))) throw heldBy(file, lock, holder, me.host);
      if (stealStale(lock, holder)) {
        tookOver = holder ? `pid ${holder.pid} (${holder.command}, since ${holder.since}), which is no longer running` : 'a claim that cannot be read';
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    held.delete(lock);
    // Only our own claim: one taken over after we were thought gone is the new holder's.
    const h = readHolder(lock);
    if (h?.pid === me.pid && h.since === me.since) rmSync(lock, { force: true });
  };
  process.on('exit', release);
  held.add(lock);
  return { release, ...(tookOver ? { tookOver } : {}) };
}

/** Links the claim into place; false if the name is taken. */
function place(temp: string, lock: string): boolean {
  try {
    linkSync(temp, lock);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // No hard links here: an exclusive create is the next best claim.
    try {
      writeFileSync(lock, readFileSync(temp), { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  }
}

function heldBy(file: string, lock: string, h: Holder, host: string): InputError {
  const where = h.host === host ? '' : ` on ${h.host} (another machine, so redline cannot tell whether it still runs)`;
  return new InputError([{
    file,
    message: `another redline is writing it: ${h.command}, pid ${h.pid}${where}, since ${h.since}; `
      + `wait for it to finish, or choose another path (if no such process runs, remove ${lock})`,
  }]);
}

/** Moves a stale claim aside; false when another process moved it first or a live claim took its place. */
function stealStale(lock: string, seen: Holder | undefined): boolean {
  const aside = `${lock}.${process.pid}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return false;
  }
  const moved = readHolder(aside);
  if (moved && JSON.stringify(moved) !== JSON.stringify(seen) && alive(moved.pid)) {
    // A live writer claimed the path between our read and our rename: give its claim back.
    try {
      linkSync(aside, lock);
    } catch {
      // someone claimed again meanwhile; the live writer keeps writing either way
    }
  }
  rmSync(aside, { force: true });
  return true;
}
