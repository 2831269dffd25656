import type { MilestoneId } from '../../machines/index.js';
import { formatDay } from '../engine/dates.js';
import type { Band, PairedShift } from '../sweep/ensemble/answers.js';
import type { Chosen } from '../sweep/ensemble/choose.js';
import { columns, count, percent, rule, signed } from '../sweep/report/format.js';

/** Where an ensemble answer's members came from: part of every ensemble `--json` shape. */
export interface EnsembleSource {
  readonly version: 1;
  readonly file: string;
  /** The scenario the ensemble was calibrated on. */
  readonly of: string;
  readonly members: number;
}

export const ensembleSource = (c: Chosen): EnsembleSource => ({ version: 1, file: c.file, of: c.of, members: c.members.count });

const date = (day: number | null) => (day === null ? null : formatDay(day));

/** `run`'s ensemble answer under `--json`: per milestone the share that reach it, the median date and p10–p90. */
export interface RunEnsembleJson extends EnsembleSource {
  readonly milestones: Record<MilestoneId, { readonly reached: number; readonly share: number; readonly median: string | null; readonly p10: string | null; readonly p90: string | null }>;
}

export function runEnsembleJson(c: Chosen, b: readonly Band[]): RunEnsembleJson {
  return {
    ...ensembleSource(c),
    milestones: Object.fromEntries(b.map((x) => [x.id, { reached: x.reached, share: x.share, median: date(x.median), p10: date(x.p10), p90: date(x.p90) }])) as RunEnsembleJson['milestones'],
  };
}

export const sourceLine = (c: Chosen): string => `over the ensemble: ${count(c.members.count)} members of ${c.of} (${c.file}); --single for one run`;

export function runEnsembleTable(c: Chosen, b: readonly Band[]): string {
  const rows = [['milestone', 'reached', 'median', 'p10–p90'],
    ...b.map((x) => [x.id, percent(x.share), date(x.median) ?? '—', x.p10 === null ? '' : `${date(x.p10)} – ${date(x.p90)}`])];
  return [sourceLine(c), '', ...columns([rows[0]!, rule(rows), ...rows.slice(1)], [1])].join('\n');
}

/** `diff`'s paired answer under `--json`: per milestone the shares of members where b comes earlier, the same day, later, never. */
export interface DiffEnsembleJson extends EnsembleSource {
  readonly milestones: Record<MilestoneId, {
    readonly earlier: number; readonly same: number; readonly later: number; readonly never: number;
    /** Of `never`, the members where a does not reach it either. */
    readonly neither: number;
    readonly shares: { readonly earlier: number; readonly same: number; readonly later: number; readonly never: number };
    readonly medianShift: number | null;
  }>;
}

export function diffEnsembleJson(c: Chosen, s: readonly PairedShift[]): DiffEnsembleJson {
  const share = (n: number, x: PairedShift) => n / x.members;
  return {
    ...ensembleSource(c),
    milestones: Object.fromEntries(s.map((x) => [x.id, {
      earlier: x.earlier, same: x.same, later: x.later, never: x.never, neither: x.neither,
      shares: { earlier: share(x.earlier, x), same: share(x.same, x), later: share(x.later, x), never: share(x.never, x) },
      medianShift: x.medianShift,
    }])) as DiffEnsembleJson['milestones'],
  };
}

export function diffEnsembleTable(c: Chosen, s: readonly PairedShift[], [na, nb]: readonly [string, string]): string {
  const rows = [['milestone', 'earlier', 'same day', 'later', 'never', 'median shift'],
    ...s.map((x) => [x.id, percent(x.earlier / x.members), percent(x.same / x.members), percent(x.later / x.members), percent(x.never / x.members),
      x.medianShift === null ? '—' : `${signed(x.medianShift, Number.isInteger(x.medianShift) ? 0 : 1)} d`])];
  return [
    `${sourceLine(c).replace('over the ensemble', 'paired over the ensemble')}`,
    `each member runs ${na} and ${nb}; the share of members where ${nb} reaches each milestone earlier, on the same day, later, or never`,
    '',
    ...columns([rows[0]!, rule(rows), ...rows.slice(1)], [1, 2, 3, 4, 5]),
  ].join('\n');
}
