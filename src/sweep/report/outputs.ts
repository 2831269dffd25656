import { MILESTONE_IDS, type MilestoneId } from '../../../machines/index.js';
import type { SweepHeader } from '../rows.js';
import { ATTRIBUTION_STATISTIC, type SweepSummary } from '../summarize.js';
import { comparisonTable, difference } from './comparison.js';
import { histogram } from './histogram.js';
import { driversTable, summaryTable } from './summary-table.js';
import { tornado } from './tornado.js';

/** The terminal report of one sweep: the milestone table, the focus milestone's histogram and tornado, the drivers of each. */
export function reportText(header: SweepHeader, summary: SweepSummary, focus: MilestoneId): string {
  const note = header.uncertainty.length === 0 ? ['', 'note: this scenario has no uncertainty block, so every run is the same.'] : [];
  return [summaryTable(header, summary), ...note, '', histogram(summary), '', tornado(summary, focus), '', driversTable(summary)].join('\n');
}

/** `--summary --json`: the figures, with what was swept and how attribution is measured. */
export function summaryJson(header: SweepHeader, summary: SweepSummary): object {
  const { scenario, seed, runs, shard, from, to, fingerprint } = header;
  return {
    scenario, seed, sweep: { runs, shard, from, to }, fingerprint, inputs: header.uncertainty.map((u) => u.key),
    statistic: ATTRIBUTION_STATISTIC, ...summary,
  };
}

/** `--summary --csv`: one row per milestone. */
export function summaryCsv(summary: SweepSummary): string {
  return [
    `milestone,reached_by_${summary.by},never,p10,median,p90,top_input,top_share`,
    ...MILESTONE_IDS.map((id) => {
      const m = summary.milestones[id];
      const top = summary.attribution[id]?.[0];
      return [id, m.reachedBy, m.never, m.p10, m.median, m.p90, top?.input ?? '', top?.share ?? ''].join(',');
    }),
  ].join('\n');
}

export function comparisonText(a: [SweepHeader, SweepSummary], b: [SweepHeader, SweepSummary]): string {
  return comparisonTable(a[0], a[1], b[0], b[1]);
}

export function comparisonJson(a: [SweepHeader, SweepSummary], b: [SweepHeader, SweepSummary]): object {
  return { a: summaryJson(...a), b: summaryJson(...b), difference: difference(a[1], b[1]) };
}

export function comparisonCsv(a: SweepSummary, b: SweepSummary): string {
  const diff = difference(a, b);
  return [
    `milestone,a_reached_by_${a.by},b_reached_by_${b.by},difference_pp,a_median,b_median,difference_days`,
    ...MILESTONE_IDS.map((id) =>
      [id, a.milestones[id].reachedBy, b.milestones[id].reachedBy, diff[id]!.reachedBy, a.milestones[id].median, b.milestones[id].median, diff[id]!.median ?? ''].join(',')),
  ].join('\n');
}
