import { readFileSync } from 'node:fs';
import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { formatDay } from '../engine/dates.js';
import { InputError } from '../scenario/errors.js';
import { checkReadable } from '../scenario/read-text-file.js';
import { count } from './report/format.js';
import { firstLine, readLines } from './read-lines.js';
import type { SweepHeader } from './rows.js';
import { readHeader, readRuns } from './sweep-file.js';
import { summarize, type MilestoneSummary } from './summarize.js';
import { createTally, tallyRun } from './tally.js';

/** One milestone across a sweep's runs: runs per day reached, runs that never did, and the sweep's percentiles. */
export interface MilestoneSpread extends Omit<MilestoneSummary, 'reachedBy'> {
  readonly days: readonly { readonly date: string; readonly runs: number }[];
  readonly neverRuns: number;
}

export interface SweepSpread {
  readonly header: SweepHeader;
  readonly runs: number;
  readonly milestones: Readonly<Record<MilestoneId, MilestoneSpread>>;
}

/**
 * Reads a whole rows file (`redline sweep --json` or `--out`) into the spread of
 * every milestone's date, with percentiles as the sweep's own report computes
 * them. A summary, a torn file or one missing runs is refused, naming the line.
 *
 * @example readSweep('out.json').milestones['in-effect'].median // '2024-05-30'
 */
export function readSweep(file: string): SweepSpread {
  checkReadable(file);
  if (isSummary(file)) {
    throw new InputError([{
      file, line: 1,
      message: 'is a sweep summary (--summary), which holds the days of one milestone only; chart --sweep needs the rows: '
        + 'redline sweep <scenario> --json > out.json (without --summary), or --out out.json',
    }]);
  }
  const header = readHeader(file);
  let last = 1;
  for (const line of readLines(file)) {
    if (!line.complete) throw new InputError([{ file, line: line.number, message: 'is cut off mid-row: the sweep writing it did not finish; carry it on with --out FILE --resume' }]);
    last = line.number;
  }
  const tally = createTally(header.uncertainty);
  for (const { packed } of readRuns(file, header)) tallyRun(tally, packed);
  const expected = header.to - header.from;
  if (tally.runs < expected) {
    throw new InputError([{
      file, line: last,
      message: `ends after ${count(tally.runs)} of its ${count(expected)} runs; finish it with redline sweep <scenario> --runs ${header.runs} --seed ${header.seed} --out ${file} --resume`,
    }]);
  }
  const summary = summarize(tally, { by: 0, focus: MILESTONE_IDS[0]! });
  const milestones = {} as Record<MilestoneId, MilestoneSpread>;
  MILESTONE_IDS.forEach((id, m) => {
    const { never, p10, median, p90 } = summary.milestones[id];
    const days = [...tally.days[m]!.entries()].sort((a, b) => a[0] - b[0]).map(([d, runs]) => ({ date: formatDay(d), runs }));
    milestones[id] = { days, never, neverRuns: tally.never[m]!, p10, median, p90 };
  });
  return { header, runs: tally.runs, milestones };
}

/** `--summary --json` is one pretty-printed object with the figures, not JSON Lines: its first line is a lone "{". */
function isSummary(file: string): boolean {
  // Only a file that starts so is read whole: a rows file can run to gigabytes.
  const first = firstLine(file);
  if (!first?.complete || first.text !== '{') return false;
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return typeof v === 'object' && v !== null && 'milestones' in v && 'histogram' in v;
  } catch {
    return false;
  }
}
