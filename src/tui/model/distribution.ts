import { MILESTONE_IDS } from '../../../machines/index.js';
import { formatDay, parseDay } from '../../engine/dates.js';
import { foldRun, milestoneDates, type RunInputs, type RunResult } from '../../engine/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEnsemble, type Ensemble } from '../../sweep/ensemble/ensemble-file.js';
import { ensembleMembers } from '../../sweep/ensemble/choose.js';
import { loadSweepJob } from '../../sweep/load-job.js';
import { spreads, type MilestoneSpread } from '../../sweep/ensemble/answers.js';
import { drawnMembers, membersJob, type Members } from '../../sweep/members.js';
import { signed } from '../../sweep/report/format.js';
import { rowWidth } from '../../sweep/rows.js';
import type { SweepJob } from '../../sweep/sweep-job.js';
import type { WarmWorker } from '../../sweep/warm-worker.js';
import type { Session, Opened } from './session.js';

/** Members drawn from a scenario's uncertainty block when no ensemble fits: as many as the shipped ensemble has, roughly. */
export const DRAWN_MEMBERS = 1000;
/** Drawn first, so the pane shows a shape at once; then the rest. */
export const FIRST_MEMBERS = 100;
const CHUNK = 300;

/** What the Distribution pane shows: where its members come from, how far along, and the spreads so far. */
export interface DistView {
  readonly source: string;
  /** Members in all, and how many are done. */
  readonly members: number;
  readonly done: number;
  /** Null until the first members are in. */
  readonly spreads: readonly MilestoneSpread[] | null;
  /** Why there is nothing to show (no ensemble and no uncertainty block), or what went wrong. */
  readonly none?: string;
}

const cache = new WeakMap<Opened, Members | string>();
/** Where calibrated ensembles are kept, one a scenario: ensembles/<scenario id>.jsonl. */
export const ENSEMBLES_DIR = 'ensembles';

/**
 * The members a run is asked of: the calibrated ensemble of its scenario when
 * one is kept and is of this model; else draws of the scenario's own
 * uncertainty block; else the ensemble of the scenario it extends; else why
 * there are none.
 */
export function membersFor(origin: Opened): Members | string {
  let m = cache.get(origin);
  if (m === undefined) {
    m = origin.recorded
      ? 'a recorded log has no uncertainty block: open its scenario (s) to see a distribution'
      : pick(origin);
    cache.set(origin, m);
  }
  return m;
}

/** Its own ensemble; else its block; else the ensemble of the scenario it extends (one with a block of its own wants that drawn). */
function pick(origin: Opened): Members | string {
  const block = fromBlock(origin.file);
  return fromEnsemble(origin.id, origin.run.inputs) ?? (typeof block !== 'string' ? block : fromEnsemble(origin.parent?.id, origin.parent?.inputs) ?? block);
}

/** The ensemble kept for scenario `id`, whose inputs are `calibrated`. */
function fromEnsemble(id: string | undefined, calibrated: RunInputs | undefined): Members | undefined {
  if (id && calibrated) {
    const file = join(ENSEMBLES_DIR, `${id}.jsonl`);
    if (!existsSync(file)) return undefined;
    let e: Ensemble;
    try {
      e = readEnsemble(file);
    } catch {
      return undefined; // of another model, or damaged: commands that read it say so; the pane falls back
    }
    if (e.header.scenario.id !== id) return undefined;
    return ensembleMembers(e, calibrated);
  }
  return undefined;
}

function fromBlock(file: string): Members | string {
  let job: SweepJob;
  try {
    job = loadSweepJob(file);
  } catch (err) {
    return (err as Error).message;
  }
  if (job.uncertainty.length === 0) return `no ensemble fits, and ${file} has no uncertainty block: nothing to draw members from`;
  return drawnMembers(job.uncertainty, job.seed, DRAWN_MEMBERS, `${file}'s uncertainty block: ${DRAWN_MEMBERS.toLocaleString('en-US')} draws, seed ${job.seed}`, job.inputs);
}

const originals = new WeakMap<Members, WeakMap<Opened, Float64Array>>();

/**
 * Computes the session's distribution on the warm worker: the original's
 * members first (once per scenario opened, then kept), then the fork's, the
 * first FIRST_MEMBERS and then all, each step handed to `show`. Returns the
 * cancel; the next change cancels the run before.
 */
export function computeDistribution(session: Session, worker: WarmWorker, show: (d: DistView) => void): () => void {
  const m = membersFor(session.origin);
  if (typeof m === 'string') {
    show({ source: '', members: 0, done: 0, spreads: null, none: m });
    return () => {};
  }
  const base = { source: m.source, members: m.count };
  const forked = session.changes.length > 0;
  const originJob = membersJob(m, session.origin.run.inputs);
  const forkJob = forked ? membersJob(m, session.run.inputs) : originJob;
  let cancel = () => {};
  const fail = (message: string) => show({ ...base, done: 0, spreads: null, none: `the distribution failed: ${message}` });
  const k = originJob.uncertainty.length;
  const figures = (packed: Float64Array, job: SweepJob, original: Float64Array | null, done: number) =>
    spreads({ packed, k: job.uncertainty.length }, { packed: original ?? packed, k }, done);
  /** A job's members, the first FIRST_MEMBERS drawn and then all, against the original's (null: itself). */
  const progressive = (job: SweepJob, original: Float64Array | null, whole?: (packed: Float64Array) => void) => {
    const width = rowWidth(job);
    const packed = new Float64Array(m.count * width);
    cancel = worker.run({
      job, runs: m.count, first: FIRST_MEMBERS, chunk: CHUNK, onError: fail,
      onChunk: (from, chunk) => {
        packed.set(chunk, from * width);
        const done = from + chunk.length / width;
        if (done === m.count) whole?.(packed);
        show({ ...base, done, spreads: done === FIRST_MEMBERS || done === m.count ? figures(packed, job, original, done) : null });
      },
    });
  };
  const known = originals.get(m)?.get(session.origin);
  if (!forked) {
    // The scenario itself: its members are the original's, kept for the forks to come.
    if (known) show({ ...base, done: m.count, spreads: figures(known, originJob, null, m.count) });
    else progressive(originJob, null, (packed) => keep(m, session.origin, packed));
  } else if (known) progressive(forkJob, known);
  else {
    show({ ...base, done: 0, spreads: null });
    cancel = worker.run({
      job: originJob, runs: m.count, first: m.count, chunk: m.count, onError: fail,
      onChunk: (_, packed) => {
        keep(m, session.origin, packed);
        progressive(forkJob, packed);
      },
    });
  }
  return () => cancel();
}

function keep(m: Members, origin: Opened, packed: Float64Array): void {
  let byOrigin = originals.get(m);
  if (!byOrigin) originals.set(m, (byOrigin = new WeakMap()));
  byOrigin.set(origin, packed);
}

const BLOCKS = ' ▁▂▃▄▅▆▇█';

/** The members' days (−1: never) as `bins` block characters over [lo, hi], each as tall as its count against the fullest. */
export function histogram(days: Float64Array, lo: number, hi: number, bins: number): string {
  const counts = new Array<number>(bins).fill(0);
  for (const d of days) if (d >= 0) counts[binOf(d, lo, hi, bins)]!++;
  const most = Math.max(1, ...counts);
  return counts.map((c) => BLOCKS[c === 0 ? 0 : Math.max(1, Math.round((c / most) * 8))]!).join('');
}

/** The bin a day falls in, of `bins` over [lo, hi]. */
export function binOf(day: number, lo: number, hi: number, bins: number): number {
  if (hi <= lo) return 0;
  return Math.min(bins - 1, Math.max(0, Math.floor(((day - lo) / (hi - lo + 1)) * bins)));
}

/** The days the members reach a milestone between, over all milestones (so the rows share one axis); null when none is reached. */
export function dayRange(all: readonly MilestoneSpread[]): { lo: number; hi: number } | null {
  let lo = Infinity, hi = -Infinity;
  for (const s of all) for (const d of s.days) if (d >= 0) [lo, hi] = [Math.min(lo, d), Math.max(hi, d)];
  return lo <= hi ? { lo, hi } : null;
}

const pct = (n: number, of: number) => `${Math.round((100 * n) / Math.max(1, of))}%`;
const signedDays = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'}`;
const words = (id: string) => id.replace(/-/g, ' ');

/** Members where the fork moves a milestone: earlier, later, or lost (reached in the original only). */
const moves = (s: MilestoneSpread) => ({ earlier: s.earlier, later: s.later, 'never reached': s.never - s.neither });

/**
 * The pane's one-line summary: the milestone the fork moves in the most
 * members, e.g. "final approval later in 83% of members, median +4 days".
 */
export function summaryLine(all: readonly MilestoneSpread[], forked: boolean): string {
  if (!forked) return 'no fork yet: each milestone\'s spread over the members; fork (f) to see what moves';
  const moved = (s: MilestoneSpread) => Object.values(moves(s)).reduce((a, b) => a + b, 0);
  let best: MilestoneSpread | undefined;
  for (const s of all) if (!best || moved(s) >= moved(best)) best = s;
  if (!best || moved(best) === 0) return 'the fork moves no milestone in any member';
  const [how, n] = Object.entries(moves(best)).reduce((a, b) => (b[1] > a[1] ? b : a));
  const shift = best.medianShift === null ? 'reached in no member on both' : `median ${signedDays(best.medianShift)}`;
  return `${words(best.id)} ${how} in ${pct(n, best.members)} of members, ${shift}`;
}

/**
 * One milestone's figures beside its histogram, under `figuresHead`: the share
 * never reached and, for a fork, the shares earlier, the same day and later
 * than the original, and the median shift: the figures `redline diff --ensemble` gives.
 */
export function spreadFigures(s: MilestoneSpread, forked: boolean): string {
  const share = (n: number, i: number) => pct(n, s.members).padStart(HEADS[i]!.length + 1);
  if (!forked) return share(s.never, 3);
  return `${[s.earlier, s.same, s.later, s.never].map(share).join('')}${(s.medianShift === null ? '—' : shortShift(s.medianShift)).padStart(8)}`;
}

/** The figures' heads, each column one wider than its head. */
const HEADS = ['earlier', 'same', 'later', 'never'] as const;
export const figuresHead = (forked: boolean): string =>
  (forked ? `${HEADS.map((h) => ` ${h}`).join('')}${'shift'.padStart(8)}` : ' never');

/** As `diff` prints a median shift: `+4 d`, `−0.5 d`, `±0 d`. */
const shortShift = (d: number) => `${signed(d, Number.isInteger(d) ? 0 : 1)} d`;

export const dateOf = (day: number): string => formatDay(day).slice(5, 10);

/** The day of each milestone in one run, −1 when it never comes. */
export function milestoneDays(run: RunResult): number[] {
  const dates = milestoneDates(foldRun(run));
  return MILESTONE_IDS.map((id) => (dates[id] ? parseDay(dates[id]!)! : -1));
}
