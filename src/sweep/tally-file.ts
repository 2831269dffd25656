import { writeFileSafely } from '../log/write-file-safely.js';
import { InputError } from '../scenario/errors.js';
import { checkReadable } from '../scenario/read-text-file.js';
import { firstLine } from './read-lines.js';
import type { SweepHeader } from './rows.js';
import { createTally, type Tally } from './tally.js';

/** The version of a tally part's layout; it changes when the tally does. */
export const TALLY_VERSION = 1;

/**
 * A shard's tally on disk (`sweep --summary --tally FILE`): one JSON line with
 * the sweep's header and the tally's counts and sums. Its size does not grow
 * with the runs, so merging a big sweep's report reads a few kilobytes a part.
 */
export interface TallyPart {
  readonly redline: 'sweep-tally';
  readonly version: number;
  readonly header: SweepHeader;
  readonly runs: number;
  /** Per milestone: [day, runs] pairs, days ascending. */
  readonly days: [number, number][][];
  readonly never: number[];
  readonly bins: number[][][];
}

export function writeTallyFile(file: string, header: SweepHeader, t: Tally): void {
  const part: TallyPart = {
    redline: 'sweep-tally', version: TALLY_VERSION, header, runs: t.runs,
    days: t.days.map((d) => [...d.entries()].sort((a, b) => a[0] - b[0])),
    never: [...t.never],
    bins: t.bins.map((m) => m.map((b) => [...b])),
  };
  // A tally is made again by its command, so it replaces an older one; whole or not at all.
  writeFileSafely(file, `${JSON.stringify(part)}\n`, { force: true });
}

/** True when a file's first line is a tally part rather than a rows header. */
export function isTallyFile(file: string): boolean {
  checkReadable(file);
  return /^\{"redline":"sweep-tally"/.test(firstLine(file)?.text ?? '');
}

const bad = (file: string, message: string) => new InputError([{ file, line: 1, message }]);

/** Reads a tally part back, its shape checked against its header's milestones and inputs. */
export function readTallyFile(file: string): TallyPart {
  let part: TallyPart;
  try {
    part = JSON.parse(firstLine(file)!.text) as TallyPart;
  } catch {
    throw bad(file, 'is a cut-off sweep tally (--tally); write it again with the same sweep command');
  }
  if (part.version !== TALLY_VERSION) {
    throw bad(file, `holds a sweep tally of version ${JSON.stringify(part.version)}, which this redline does not know (it reads ${TALLY_VERSION}); re-run the shard with --tally`);
  }
  const tally = createTally(part.header?.uncertainty ?? []);
  const shapeOk = Array.isArray(part.days) && part.days.length === tally.days.length
    && Array.isArray(part.never) && part.never.length === tally.never.length
    && Array.isArray(part.bins) && part.bins.length === tally.bins.length
    && part.bins.every((m, i) => m.length === tally.bins[i]!.length && m.every((b, j) => b.length === tally.bins[i]![j]!.length));
  if (!shapeOk || !Number.isInteger(part.runs)) throw bad(file, 'is not a sweep tally this redline can read: its counts do not match its header\'s milestones and inputs');
  return part;
}

/** Adds a part's counts to a tally; sums of whole days are exact, so the order parts are added in never shows. */
export function addInto(into: Tally, from: TallyPart): void {
  into.runs += from.runs;
  from.days.forEach((pairs, m) => {
    for (const [day, n] of pairs) into.days[m]!.set(day, (into.days[m]!.get(day) ?? 0) + n);
  });
  from.never.forEach((n, m) => { into.never[m]! += n; });
  from.bins.forEach((inputs, m) => inputs.forEach((b, j) => {
    const to = into.bins[m]![j]!;
    for (let i = 0; i < to.length; i++) to[i]! += b[i]!;
  }));
}
