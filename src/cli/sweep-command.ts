import { collector, type RowSink } from '../sweep/collect.js';
import { loadSweepJob } from '../sweep/load-job.js';
import { progressBar } from '../sweep/progress.js';
import { comparisonCsv, comparisonJson, comparisonText } from '../sweep/report/outputs.js';
import { csvHeader, sweepHeader, type SweepHeader } from '../sweep/rows.js';
import { runSweep } from '../sweep/run-sweep.js';
import { summarize, type SweepSummary } from '../sweep/summarize.js';
import { claimOutput } from '../log/claim-output.js';
import { refuseInputAsOutput, scenarioInputs } from '../log/same-file.js';
import { checkWritable } from '../log/write-file-safely.js';
import { loadScenario } from '../scenario/load.js';
import { openRowsFile, rowsFileSink } from '../sweep/sweep-file.js';
import type { SweepJob } from '../sweep/sweep-job.js';
import { createTally, type Tally } from '../sweep/tally.js';
import { writeTallyFile } from '../sweep/tally-file.js';
import { UsageError, type CommandIO } from './io.js';
import { discoverCommand } from './discover-command.js';
import { sensitivityCommand } from './sensitivity-command.js';
import { parseCommandArgs } from './parse-command-args.js';
import { printSummary } from './print-summary.js';
import { wholeNumber } from './check-options.js';
import { SWEEP_OPTIONS } from './options.js';
import { reportChoice, shardChoice, workersOption, type ReportChoice } from './sweep-options.js';

/** `redline sweep <scenario> [<other>] [--runs N] [--seed S] [--shard K/M | --shard-from-env [--shard-count M]] [--workers W] [--out FILE [--resume]] [--tally FILE] [--json|--csv] [--summary]` */
export async function sweepCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, SWEEP_OPTIONS);
  if (positionals.length < 1 || positionals.length > 2) {
    throw new UsageError('sweep takes one scenario file, or two to compare, e.g. redline sweep scenarios/baseline-uncertain.yaml --runs 10000');
  }
  const choice = reportChoice(values);
  const runs = wholeNumber('runs', values.runs, 1000, ...SWEEP_OPTIONS.runs.whole);
  const seed = values.seed === undefined ? undefined : wholeNumber('seed', values.seed, 0, ...SWEEP_OPTIONS.seed.whole);
  const shard = shardChoice(values);
  const workers = workersOption(values.workers);
  if (values.resume && !values.out) throw new UsageError('--resume carries on the rows of --out FILE; give the file');
  // Two scenarios share one seed (the first's unless --seed), so inputs they both leave uncertain get the same draws.
  const first = loadSweepJob(positionals[0]!, seed);
  const jobs = [first, ...positionals.slice(1).map((file) => loadSweepJob(file, first.seed))];
  const progress = choice.format === 'report' && process.stderr.isTTY ? (t: string) => process.stderr.write(t) : undefined;

  if (jobs.length === 2) {
    if (values.out || values.tally || values.shard || values['shard-from-env'] || values.sensitivity || values.discover) throw new UsageError('comparing two scenarios prints the difference of their summaries; --out, --tally, --shard, --sensitivity and --discover take one scenario');
    const [a, b] = jobs.map((job) => sweepOnce(job, sweepHeader(job, runs, shard), choice, workers, progress));
    if (choice.format === 'json') io.out(JSON.stringify(comparisonJson(a!, b!), null, 2));
    else if (choice.format === 'csv') io.out(comparisonCsv(a![1], b![1]));
    else io.out(comparisonText(a!, b!));
    return 0;
  }

  const job = jobs[0]!;
  if (values.tally !== undefined && (values.discover !== undefined || values.sensitivity !== undefined)) {
    throw new UsageError('--tally writes a plain sweep\'s counts for merge; --sensitivity and --discover runs have their own designs');
  }
  if (values.discover !== undefined) return discoverCommand(job, values, runs, workers, io);
  if (values.sensitivity !== undefined) return sensitivityCommand(job, values, runs, choice, workers, io);
  const header = sweepHeader(job, runs, shard);
  if (job.uncertainty.length === 0) io.err(`note: ${positionals[0]} has no uncertainty block; every run is the same`);
  // Rows go to --out FILE (always JSON Lines, so they can be resumed and merged), else to stdout when asked for.
  const toStdout = choice.format !== 'report' && !choice.summary && !values.out;
  const tally = createTally(job.uncertainty);
  const inputs = positionals.flatMap((p) => scenarioInputs(loadScenario(p), 'a scenario being swept'));
  if (values.out) refuseInputAsOutput(values.out, inputs);
  if (values.tally !== undefined) refuseInputAsOutput(values.tally, [...inputs, ...(values.out ? [{ file: values.out, what: 'the --out rows file' }] : [])]);
  if (values.tally !== undefined) checkWritable(values.tally, { force: true });
  // One writer per path for the whole sweep: a second sweep into the same rows would interleave them.
  const claims = [values.out, values.tally].flatMap((f) => (f === undefined ? [] : [claimOutput(f, `redline sweep ${f === values.out ? '--out' : '--tally'}`)]));
  for (const c of claims) if (c.tookOver) io.err(`note: took over the path from ${c.tookOver}`);
  let file: ReturnType<typeof rowsFileSink> | undefined;
  try {
    const start = values.out ? openRowsFile(values.out, header, tally, !!values.resume) : header.from;
    file = values.out ? rowsFileSink(values.out) : undefined;
    const sink: RowSink | undefined = file ?? (toStdout ? { format: choice.format as 'json' | 'csv', write: (lines) => io.out(lines.join('\n')) } : undefined);
    if (toStdout) io.out(choice.format === 'json' ? JSON.stringify(header) : csvHeader(header));
    const [, summary] = sweepOnce(job, header, choice, workers, progress, { tally, start, sink });
    if (values.tally !== undefined) writeTallyFile(values.tally, header, tally);
    if (!toStdout) printSummary(io, header, summary, choice);
  } finally {
    file?.close();
    for (const c of claims) c.release();
  }
  return 0;
}

/** Runs one sweep (or the rest of it), tallying every run; returns its header and summary. */
function sweepOnce(
  job: SweepJob, header: SweepHeader, choice: ReportChoice, workers: number | undefined, progress: ((t: string) => void) | undefined,
  into: { tally?: Tally; start?: number; sink?: RowSink } = {},
): [SweepHeader, SweepSummary] {
  const tally = into.tally ?? createTally(job.uncertainty);
  const from = into.start ?? header.from;
  const total = header.to - header.from;
  const bar = progress ? progressBar(progress, total, `runs of ${header.scenario.id}`) : undefined;
  const collect = collector(header, tally, into.sink);
  bar?.update(from - header.from);
  runSweep({
    job, from, to: header.to, workers,
    onChunk: (at, packed) => {
      collect(at, packed);
      bar?.update(tally.runs);
    },
  });
  bar?.end();
  return [header, summarize(tally, { by: choice.by, focus: choice.focus })];
}
