import { MILESTONE_IDS } from '../../../machines/index.js';
import type { SweepHeader } from '../rows.js';
import type { SweepSummary } from '../summarize.js';
import { columns, count, percent, rule } from './format.js';

/** The head of a sweep's report: what was swept, and per milestone how likely and when. */
export function summaryTable(header: SweepHeader, summary: SweepSummary): string {
  const shard = header.shard.count > 1
    ? ` · shard ${header.shard.index}/${header.shard.count} (runs ${count(header.from)}–${count(header.to - 1)} of ${count(header.runs)})`
    : '';
  const head = ['milestone', `by ${summary.by}`, 'never', 'p10', 'median', 'p90'];
  const rows = MILESTONE_IDS.map((id) => {
    const m = summary.milestones[id];
    return [id, percent(m.reachedBy), percent(m.never), m.p10, m.median, m.p90];
  });
  return [
    `${header.scenario.id}: ${header.scenario.title}`,
    `${count(summary.runs)} runs · seed ${header.seed} · ${header.uncertainty.length} uncertain inputs${shard}`,
    '',
    ...columns([head, rule([head, ...rows]), ...rows], [1, 2]),
  ].join('\n');
}

/** Per milestone, the inputs that explain most of the spread of its date. */
export function driversTable(summary: SweepSummary, top = 3): string {
  const rows = MILESTONE_IDS.map((id) => {
    const ranked = summary.attribution[id];
    if (!ranked) return [id, '— (the same date in every run)'];
    const shown = ranked.filter((a) => a.share >= 0.01).slice(0, top);
    return [id, shown.length ? shown.map((a) => `${a.input} ${percent(a.share)}`).join(', ') : 'no single input explains 1% or more'];
  });
  const head = ['milestone', 'most of the spread of its date comes from (ε²)'];
  return columns([head, rule([head, ...rows]), ...rows]).join('\n');
}
