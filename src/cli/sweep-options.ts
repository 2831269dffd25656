import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import { didYouMean } from '../scenario/errors.js';
import { ShardEnvError, shardFromEnv, type Shard } from '../sweep/shard-from-env.js';
import { wholeNumber } from './check-options.js';
import { UsageError } from './io.js';
import { MAX_RUNS, SWEEP_OPTIONS } from './options.js';

export interface ReportChoice {
  readonly format: 'report' | 'json' | 'csv';
  readonly summary: boolean;
  /** Day index of the "reached by" date. */
  readonly by: number;
  readonly focus: MilestoneId;
}

/** The date a sweep's share "reached by" is read at unless `--by` says otherwise: the day after the policy took effect. */
export const DEFAULT_BY = '2024-06-01';

export function reportChoice(values: { json?: boolean; csv?: boolean; summary?: boolean; by?: string; focus?: string }): ReportChoice {
  if (values.json && values.csv) throw new UsageError('choose --json or --csv, not both');
  const by = parseDay(values.by ?? DEFAULT_BY);
  if (by === undefined) throw new UsageError(`--by takes a calendar date as YYYY-MM-DD; found "${values.by}"`);
  const focus = values.focus ?? 'final-approval';
  if (!(MILESTONE_IDS as readonly string[]).includes(focus)) {
    throw new UsageError(`--focus takes a milestone id${didYouMean(focus, MILESTONE_IDS)}: ${MILESTONE_IDS.join(', ')}`);
  }
  return { format: values.json ? 'json' : values.csv ? 'csv' : 'report', summary: !!values.summary, by, focus: focus as MilestoneId };
}

/** The part to run: `--shard K/M`, or `--shard-from-env` (with `--shard-count M`) from a batch engine's variables. */
export function shardChoice(values: { shard?: string; 'shard-from-env'?: boolean; 'shard-count'?: string }, env: NodeJS.ProcessEnv = process.env): Shard {
  const count = values['shard-count'];
  if (values['shard-from-env']) {
    if (values.shard !== undefined) throw new UsageError('give --shard K/M or --shard-from-env, not both');
    try {
      return shardFromEnv(env, count === undefined ? undefined : wholeNumber('shard-count', count, 1, 1, MAX_RUNS));
    } catch (err) {
      if (err instanceof ShardEnvError) throw new UsageError(err.message);
      throw err;
    }
  }
  if (count !== undefined) throw new UsageError('--shard-count M goes with --shard-from-env (with --shard, say K/M)');
  return shardOption(values.shard);
}

export function shardOption(raw: string | undefined): Shard {
  if (raw === undefined) return { index: 1, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes K/M, the K-th of M equal parts counted from 1 (e.g. --shard 3/8); found "${raw}"`);
  }
  return { index, count };
}

export function workersOption(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : wholeNumber('workers', raw, 0, ...SWEEP_OPTIONS.workers.whole);
}
