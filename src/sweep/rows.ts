import { createRequire } from 'node:module';
import { MILESTONE_IDS } from '../../machines/index.js';
import { formatDay, parseDay } from '../engine/dates.js';
import { runSeed } from './draws.js';
import { runSeedV1 } from './seed-v1.js';
import type { SweepJob } from './sweep-job.js';
import type { UncertainInput } from './uncertainty.js';

// node:crypto is loaded when a fingerprint is first wanted (see src/log/model-hash.ts).
const createHash = (algorithm: string) => (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/**
 * The first line of a sweep's rows (JSON Lines): what was swept, so rows can
 * be resumed, merged and summarised without the scenario file. Two parts of
 * one sweep differ only in `shard`, `from` and `to`.
 */
export interface SweepHeader {
  readonly redline: 'sweep';
  /** 2: each run seeded from 128 bits (its row's `seed` is 32 hex digits); 1: from 32 (read, never resumed). */
  readonly version: RowsVersion;
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly runs: number;
  readonly shard: { readonly index: number; readonly count: number };
  /** The runs this file holds: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly uncertainty: readonly UncertainInput[];
  /** A hash of the scenario's parameters, inputs and uncertainty: parts of one sweep share it. */
  readonly fingerprint: string;
}

export type RowsVersion = 1 | 2;
/** The rows version this redline writes. */
export const ROWS_VERSION = 2;

/** One run as a row: its index, its generator's seed (version 1: a 32-bit number), what was drawn and the date of each milestone (null: never). */
export interface SweepRow {
  readonly run: number;
  readonly seed: string | number;
  readonly draws: Record<string, number | boolean>;
  readonly milestones: Record<string, string | null>;
}

/** Numbers kept per run (a packed row): the draws, then the day of each milestone (-1: never). */
export const rowWidth = (sweep: Pick<SweepJob, 'uncertainty'>): number => sweep.uncertainty.length + MILESTONE_IDS.length;

/** The runs shard `index` of `count` holds: an even split by run index. */
export function shardRange(runs: number, index: number, count: number): { from: number; to: number } {
  return { from: Math.floor(((index - 1) * runs) / count), to: Math.floor((index * runs) / count) };
}

export function sweepHeader(job: SweepJob, runs: number, shard: { index: number; count: number }): SweepHeader {
  const { inputs, uncertainty, seed } = job;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ params: inputs.params, events: inputs.events, uncertainty }))
    .digest('hex')
    .slice(0, 16);
  return {
    redline: 'sweep', version: ROWS_VERSION, scenario: { id: inputs.scenario.id, title: inputs.scenario.title },
    seed, runs, shard, ...shardRange(runs, shard.index, shard.count), uncertainty, fingerprint,
  };
}

const DATES = new Map<number, string>();
const dateOf = (day: number): string | null => {
  if (day < 0) return null;
  let s = DATES.get(day);
  if (!s) DATES.set(day, (s = formatDay(day)));
  return s;
};

/** A packed run (draws, then milestone days) as a row. */
export function toRow(header: SweepHeader, run: number, packed: ArrayLike<number>, offset = 0): SweepRow {
  const k = header.uncertainty.length;
  const draws: Record<string, number | boolean> = {};
  header.uncertainty.forEach((u, j) => {
    const v = packed[offset + j]!;
    draws[u.key] = u.kind === 'occurs' ? v === 1 : v;
  });
  const milestones: Record<string, string | null> = {};
  MILESTONE_IDS.forEach((id, m) => (milestones[id] = dateOf(packed[offset + k + m]!)));
  return { run, seed: header.version === 1 ? runSeedV1(header.seed, run) : runSeed(header.seed, run), draws, milestones };
}

/** A row back into packed numbers; throws a message naming what is wrong. */
export function fromRow(header: SweepHeader, row: unknown, out: Float64Array): number {
  const r = row as Partial<SweepRow> | null;
  if (!r || typeof r.run !== 'number' || !r.draws || !r.milestones) throw new Error('not a sweep row (expected run, seed, draws, milestones)');
  const k = header.uncertainty.length;
  header.uncertainty.forEach((u, j) => {
    const v = r.draws![u.key];
    if (v === undefined) throw new Error(`row ${r.run} has no draw for ${u.key}`);
    out[j] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  MILESTONE_IDS.forEach((id, m) => {
    const d = r.milestones![id];
    out[k + m] = d === null || d === undefined ? -1 : (parseDay(d) ?? NaN);
    if (Number.isNaN(out[k + m])) throw new Error(`row ${r.run} has a bad date for ${id}: ${JSON.stringify(d)}`);
  });
  return r.run;
}

/** The CSV columns of rows: run, seed, one per uncertain input, one per milestone. */
export function csvHeader(header: SweepHeader): string {
  return ['run', 'seed', ...header.uncertainty.map((u) => u.key), ...MILESTONE_IDS].map(csvCell).join(',');
}

export function csvRow(row: SweepRow): string {
  const draws = Object.values(row.draws).map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
  return [row.run, row.seed, ...draws, ...Object.values(row.milestones).map((d) => d ?? '')].map(csvCell).join(',');
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
