import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import { didYouMean } from '../scenario/errors.js';
import { discoverSweep, type Condition } from '../sweep/discover/discover-sweep.js';
import { discoverJson, discoverText } from '../sweep/report/discover-report.js';
import type { SweepJob } from '../sweep/sweep-job.js';
import { UsageError, type CommandIO } from './io.js';

const EXAMPLES = '"final-approval never", "final-approval after 2024-05-28" or "in-effect before 2024-05-30"';
/** PRIM keeps every run's draws in memory. */
export const MAX_DISCOVER_RUNS = 1_000_000;

/** `--discover "<milestone> never|after DATE|before DATE"`, or a usage error saying what was expected. */
export function parseCondition(raw: string): Condition {
  const [milestone, when, date, ...rest] = raw.trim().split(/\s+/);
  if (!(MILESTONE_IDS as readonly string[]).includes(milestone ?? '')) {
    throw new UsageError(`--discover starts with a milestone id${didYouMean(milestone ?? '', MILESTONE_IDS)} (${MILESTONE_IDS.join(', ')}), e.g. ${EXAMPLES}; found "${raw}"`);
  }
  const m = milestone as MilestoneId;
  if (when === 'never' && date === undefined) return { milestone: m, when };
  if ((when === 'after' || when === 'before') && rest.length === 0) {
    const day = parseDay(date ?? '');
    if (day === undefined) throw new UsageError(`--discover "${m} ${when} DATE" takes a calendar date as YYYY-MM-DD; found "${date ?? ''}"`);
    return { milestone: m, when, day };
  }
  throw new UsageError(`--discover takes "<milestone> never", "<milestone> after YYYY-MM-DD" or "<milestone> before YYYY-MM-DD", e.g. ${EXAMPLES}; found "${raw}"`);
}

/** `sweep S --discover "<condition>" [--runs N] [--json]`: which inputs mark out the runs the condition holds in (PRIM). */
export function discoverCommand(
  job: SweepJob, values: { discover?: string; out?: string; shard?: string; 'shard-from-env'?: boolean; csv?: boolean; sensitivity?: string; json?: boolean },
  runs: number, workers: number | undefined, io: CommandIO,
): number {
  const condition = parseCondition(values.discover!);
  if (values.out || values.shard || values['shard-from-env'] || values.csv || values.sensitivity) {
    throw new UsageError('--discover prints what marks out the runs (or --json); it does not write rows, shard, print CSV or take --sensitivity');
  }
  if (job.uncertainty.length === 0) throw new UsageError('--discover needs an uncertainty block: nothing in this scenario varies');
  if (runs > MAX_DISCOVER_RUNS) throw new UsageError(`--discover keeps every run's draws in memory: give --runs up to ${MAX_DISCOVER_RUNS}`);
  const d = discoverSweep(job, runs, condition, workers);
  const swept = { scenario: { id: job.inputs.scenario.id, title: job.inputs.scenario.title }, seed: job.seed, uncertainty: job.uncertainty };
  io.out(values.json ? JSON.stringify(discoverJson(swept, condition, d), null, 2) : discoverText(swept, condition, d));
  return 0;
}
