import { closeSync, existsSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { NOTHING_LOST, writeFault } from '../log/write-fault.js';
import { checkWritable } from '../log/write-file-safely.js';
import { InputError } from '../scenario/errors.js';
import { startOf, wrongKind } from '../scenario/file-kind.js';
import { checkReadable } from '../scenario/read-text-file.js';
import { firstLine, readLines, type Line } from './read-lines.js';
import type { RowSink } from './collect.js';
import { ROWS_VERSION, fromRow, rowWidth, type SweepHeader } from './rows.js';
import { tallyRun, type Tally } from './tally.js';

/** A run read back from a rows file. */
export interface StoredRun {
  readonly run: number;
  readonly packed: Float64Array;
  readonly line: Line;
}

const bad = (file: string, line: number | undefined, message: string) => new InputError([{ file, ...(line ? { line } : {}), message }]);

/** The header line of a rows file (`redline sweep --out` or `--json`). */
export function readHeader(file: string): SweepHeader {
  checkReadable(file);
  const first = firstLine(file);
  const header = first && parse(first.text);
  if (!header || header.redline !== 'sweep') {
    const other = wrongKind(startOf(file), 'rows', 'a sweep\'s rows');
    if (other) throw bad(file, 1, other);
    throw bad(file, 1, 'not a redline sweep file: the first line should be the sweep\'s header, as written by "redline sweep --json" or "--out"');
  }
  if (header.version !== 1 && header.version !== ROWS_VERSION) {
    throw bad(file, 1, `holds sweep rows of version ${JSON.stringify(header.version)}, which this redline does not know (it reads 1 and ${ROWS_VERSION}); use the redline that wrote it, or re-run the sweep`);
  }
  return header as unknown as SweepHeader;
}

/**
 * The runs of a rows file in order, checked to follow on from its header's
 * first run. A last line cut off mid-write ends the runs (`cutAt` says where),
 * so a crashed sweep can be carried on.
 */
export function* readRuns(file: string, header: SweepHeader, cut?: { at: number }): Generator<StoredRun> {
  const width = rowWidth(header);
  let expected = header.from;
  let headerSeen = false;
  for (const line of readLines(file)) {
    if (!headerSeen) {
      headerSeen = true;
      if (cut) cut.at = line.end;
      continue;
    }
    if (!line.complete) return;
    const packed = new Float64Array(width);
    let run: number;
    try {
      run = fromRow(header, parse(line.text) ?? null, packed);
    } catch (err) {
      throw bad(file, line.number, `not a sweep row: ${(err as Error).message}`);
    }
    if (run !== expected) throw bad(file, line.number, `expected run ${expected} here, found run ${run}; rows must follow in run order`);
    if (run >= header.to) throw bad(file, line.number, `run ${run} lies outside this file's runs (${header.from}–${header.to - 1})`);
    expected++;
    if (cut) cut.at = line.end;
    yield { run, packed, line };
  }
}

/** Drops a row cut off mid-write, so appending carries on from a whole line. */
export function truncateTo(file: string, at: number): void {
  if (statSync(file).size > at) truncateSync(file, at);
}

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens a rows file for `--out FILE`: a new file gets the header; with `--resume`, the
 * runs already in it are counted into the tally; returns the run to carry on
 * from. Never overwrites rows a user has.
 */
export function openRowsFile(file: string, header: SweepHeader, tally: Tally, resume: boolean): number {
  // A folder, a device, a path through a file or a missing folder: refused before any run.
  checkWritable(file, { force: true, kept: NOTHING_LOST });
  const has = existsSync(file) && statSync(file).size > 0;
  if (!has) {
    const isNew = !existsSync(file);
    let fd: number | undefined;
    try {
      fd = openSync(file, isNew ? 'wx' : 'w');
      writeSync(fd, `${JSON.stringify(header)}\n`);
    } catch (err) {
      // The file holds no rows: a half header would only block --resume.
      if (fd !== undefined) {
        if (isNew) rmSync(file, { force: true });
        else truncateSync(file, 0);
      }
      throw writeFault(file, err);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return header.from;
  }
  if (!resume) throw new InputError([{ file, message: 'already holds sweep rows; add --resume to carry on, or choose another --out file' }]);
  const stored = readHeader(file);
  if (stored.version !== header.version) {
    throw new InputError([{
      file, line: 1,
      message: `holds rows of version ${stored.version} (each run seeded from 32 bits), which cannot be carried on with 128-bit run seeds; `
        + `re-run the sweep into a new file: redline sweep <scenario> --runs ${stored.runs} --seed ${stored.seed}`
        + `${stored.shard.count > 1 ? ` --shard ${stored.shard.index}/${stored.shard.count}` : ''} --out <new file>`,
    }]);
  }
  if (JSON.stringify(stored) !== JSON.stringify(header)) {
    const what = (['scenario', 'seed', 'runs', 'shard', 'fingerprint'] as const)
      .filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(header[k]));
    throw new InputError([{
      file, line: 1,
      message: `holds another sweep (it differs in ${what.join(', ') || 'its header'}); resume with the same scenario, --runs, --seed and --shard, or choose another --out file`,
    }]);
  }
  const cut = { at: 0 };
  let next = header.from;
  for (const { run, packed } of readRuns(file, header, cut)) {
    tallyRun(tally, packed);
    next = run + 1;
  }
  truncateTo(file, cut.at);
  return next;
}

const RESUME = 'the rows written before are kept (a row cut off is dropped on resume); carry on with the same command and --resume';

/** Appends whole rows to a rows file, one write per chunk. */
export function rowsFileSink(file: string): RowSink & { close(): void } {
  let fd: number | undefined;
  return {
    format: 'json',
    write(lines) {
      try {
        fd ??= openSync(file, 'a');
        writeSync(fd, `${lines.join('\n')}\n`);
      } catch (err) {
        throw writeFault(file, err, RESUME);
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}
