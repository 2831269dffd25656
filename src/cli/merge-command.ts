import { InputError, type Problem } from '../scenario/errors.js';
import { count } from '../sweep/report/format.js';
import { csvHeader, csvRow, shardRange, toRow, type SweepHeader } from '../sweep/rows.js';
import { summarize } from '../sweep/summarize.js';
import { readLines } from '../sweep/read-lines.js';
import { readHeader, readRuns } from '../sweep/sweep-file.js';
import { createTally, tallyRun } from '../sweep/tally.js';
import { addInto, isTallyFile, readTallyFile } from '../sweep/tally-file.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { printSummary } from './print-summary.js';
import { REPORT_OPTIONS } from './options.js';
import { reportChoice } from './sweep-options.js';
import { withStdinAsFile } from './stdin-file.js';

/** The parts of a header every shard of one sweep shares. */
const SHARED = ['version', 'scenario', 'seed', 'runs', 'uncertainty', 'fingerprint'] as const;

/**
 * `redline merge <part>... [--json|--csv] [--summary]`: the shards of one sweep
 * (rows files from `sweep --shard K/M --json` or `--out`, or tallies from
 * `--tally`) read as the whole sweep, run for run: the report, or the rows
 * exactly as one unsharded sweep prints them (rows files only).
 */
export async function mergeCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, REPORT_OPTIONS);
  if (positionals.length === 0) throw new UsageError('merge takes the rows files of a sweep\'s shards, e.g. redline merge part*.json');
  return withStdinAsFile(positionals, (files) => merge(files, values, io));
}

function merge(positionals: readonly string[], values: ReturnType<typeof parseCommandArgs<typeof REPORT_OPTIONS>>['values'], io: CommandIO): number {
  const choice = reportChoice(values);
  // A part is a rows file or a tally (`sweep --tally`): tallies give the report without reading a row.
  const parts = positionals.map((file) => {
    if (!isTallyFile(file)) return { file, header: readHeader(file) };
    const tally = readTallyFile(file);
    return { file, header: tally.header, tally };
  });
  const first = parts[0]!.header;
  const problems: Problem[] = [];
  for (const { file, header } of parts) {
    const differs: string[] = SHARED.filter((k) => JSON.stringify(header[k]) !== JSON.stringify(first[k]));
    if (header.shard.count !== first.shard.count) differs.push('shard count');
    const range = shardRange(header.runs, header.shard.index, header.shard.count);
    if (range.from !== header.from || range.to !== header.to) differs.push('the runs its shard should hold');
    if (differs.length) problems.push({ file, line: 1, message: `is from another sweep than ${parts[0]!.file} (it differs in ${differs.join(', ')})` });
  }
  if (problems.length) throw new InputError(problems);
  parts.sort((a, b) => a.header.shard.index - b.header.shard.index);
  const { count: shards } = first.shard;
  const have = parts.map((p) => p.header.shard.index);
  const missing = Array.from({ length: shards }, (_, i) => i + 1).filter((i) => !have.includes(i));
  const twice = have.filter((i, n) => have.indexOf(i) !== n);
  if (missing.length || twice.length) {
    throw new UsageError([
      missing.length ? `shards missing: ${missing.map((i) => `${i}/${shards}`).join(', ')}` : '',
      twice.length ? `shards given twice: ${[...new Set(twice)].map((i) => `${i}/${shards}`).join(', ')}` : '',
    ].filter(Boolean).join('; '));
  }

  const toStdout = choice.format !== 'report' && !choice.summary;
  const tallied = parts.find((p) => p.tally);
  if (toStdout && tallied) {
    throw new UsageError(`${tallied.file} is a tally (sweep --tally), which has no rows; add --summary for the figures, or merge the rows files (sweep --out) for rows`);
  }
  // Every part complete before a row is printed: a merged file is the whole sweep or nothing.
  for (const { file, header, tally } of parts) {
    let runs = tally?.runs ?? 0;
    if (!tally) for (const line of readLines(file)) if (line.complete && line.number > 1) runs++;
    const expected = header.to - header.from;
    if (runs < expected) {
      problems.push({
        file,
        message: `holds ${count(runs)} of the ${count(expected)} runs of shard ${header.shard.index}/${shards}; finish it with `
          + `redline sweep <scenario> --runs ${header.runs} --seed ${header.seed} --shard ${header.shard.index}/${shards} --out ${file} --resume`,
      });
    }
  }
  if (problems.length) throw new InputError(problems);

  const whole: SweepHeader = { ...first, shard: { index: 1, count: 1 }, ...shardRange(first.runs, 1, 1) };
  if (toStdout) io.out(choice.format === 'json' ? JSON.stringify(whole) : csvHeader(whole));
  const tally = createTally(first.uncertainty);
  for (const { file, header, tally: part } of parts) {
    if (part) {
      addInto(tally, part);
      continue;
    }
    const lines: string[] = [];
    for (const { run, packed, line } of readRuns(file, header)) {
      tallyRun(tally, packed);
      if (!toStdout) continue;
      lines.push(choice.format === 'json' ? line.text : csvRow(toRow(whole, run, packed)));
      if (lines.length >= 1000) io.out(lines.splice(0).join('\n'));
    }
    if (lines.length) io.out(lines.join('\n'));
  }
  if (!toStdout) printSummary(io, whole, summarize(tally, { by: choice.by, focus: choice.focus }), choice);
  return 0;
}
