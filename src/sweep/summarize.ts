import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { formatDay } from '../engine/dates.js';
import { binStats, type Tally } from './tally.js';

/** A date a share of runs reached, or `never` when that share of runs never reached the milestone. */
export type SweepDate = string | 'never';

export interface MilestoneSummary {
  /** Share of runs that reached it on or before the `by` date. */
  readonly reachedBy: number;
  /** Share of runs that never reached it. */
  readonly never: number;
  readonly p10: SweepDate;
  readonly median: SweepDate;
  readonly p90: SweepDate;
}

/** How much of the spread of a milestone's date one uncertain input explains. */
export interface Attribution {
  readonly input: string;
  /** ε²: the share of the variance of the date explained by this input alone, corrected for chance (0 when it explains nothing). */
  readonly share: number;
  /** Mean date shift (days, against all runs) when the input is in its lowest bin, and in its highest. */
  readonly low: number;
  readonly high: number;
}

export interface SweepSummary {
  readonly runs: number;
  readonly by: string;
  readonly milestones: Record<MilestoneId, MilestoneSummary>;
  readonly histogram: { readonly milestone: MilestoneId; readonly days: readonly { date: string; runs: number }[]; readonly never: number };
  /** Per milestone whose date varies across runs: inputs by share, largest first. */
  readonly attribution: Partial<Record<MilestoneId, readonly Attribution[]>>;
}

export const ATTRIBUTION_STATISTIC =
  'ε² (epsilon squared): the share of the variance of a milestone\'s day that an input explains alone, from a one-way '
  + 'analysis of variance over bins of its draws (ten equal-probability bins for continuous draws, one per choice, '
  + 'happens or not for a probability), corrected for chance; a run that never reaches the milestone counts as the '
  + 'day after the "by" date or after the latest run that did, whichever is later';

/**
 * The figures a sweep reports, from its tally: per milestone the share reached
 * by a date, the 10th, 50th and 90th percentile dates (nearest rank, "never"
 * sorting last), the histogram of one milestone, and attribution.
 */
export function summarize(t: Tally, opts: { by: number; focus: MilestoneId }): SweepSummary {
  const milestones = {} as Record<MilestoneId, MilestoneSummary>;
  const attribution: Partial<Record<MilestoneId, Attribution[]>> = {};
  MILESTONE_IDS.forEach((id, m) => {
    const days = [...t.days[m]!.entries()].sort((a, b) => a[0] - b[0]);
    const reachedBy = days.reduce((n, [d, c]) => (d <= opts.by ? n + c : n), 0);
    const at = (p: number) => percentile(days, t.runs, p);
    milestones[id] = { reachedBy: share(reachedBy, t.runs), never: share(t.never[m]!, t.runs), p10: at(0.1), median: at(0.5), p90: at(0.9) };
    const ranked = attribute(t, m, days, opts.by);
    if (ranked) attribution[id] = ranked;
  });
  const f = MILESTONE_IDS.indexOf(opts.focus);
  const histogram = {
    milestone: opts.focus,
    days: [...t.days[f]!.entries()].sort((a, b) => a[0] - b[0]).map(([d, runs]) => ({ date: formatDay(d), runs })),
    never: t.never[f]!,
  };
  return { runs: t.runs, by: formatDay(opts.by), milestones, histogram, attribution };
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

function percentile(days: readonly [number, number][], runs: number, p: number): SweepDate {
  if (runs === 0) return 'never';
  const rank = Math.max(1, Math.ceil(p * runs));
  let seen = 0;
  for (const [d, c] of days) {
    seen += c;
    if (seen >= rank) return formatDay(d);
  }
  return 'never';
}

function attribute(t: Tally, m: number, days: readonly [number, number][], by: number): Attribution[] | undefined {
  if (days.length === 0 || t.runs < 3) return undefined;
  // "Never" is later than any date a run reached and later than the date the report asks about.
  const neverDay = Math.max(days[days.length - 1]![0], by) + 1;
  const never = t.never[m]!;
  const sum = days.reduce((s, [d, c]) => s + d * c, never * neverDay);
  const total = days.reduce((s, [d, c]) => s + d * d * c, never * neverDay * neverDay) - (sum * sum) / t.runs;
  if (!(total > 1e-9)) return undefined;
  const mean = sum / t.runs;
  return t.uncertainty
    .map((u, j) => {
      const bins = binStats(t, m, j, neverDay).filter((b) => b.n > 0);
      const k = bins.length;
      const between = bins.reduce((s, b) => s + (b.sum * b.sum) / b.n, 0) - (sum * sum) / t.runs;
      const within = t.runs > k ? (total - between) / (t.runs - k) : 0;
      const eps = Math.max(0, Math.min(1, (between - (k - 1) * within) / total));
      const low = bins[0]!.sum / bins[0]!.n - mean;
      const high = bins[k - 1]!.sum / bins[k - 1]!.n - mean;
      return { input: u.key, share: round(eps, 4), low: round(low, 2), high: round(high, 2) };
    })
    .sort((a, b) => b.share - a.share || a.input.localeCompare(b.input));
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
