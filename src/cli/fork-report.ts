import { MILESTONES } from '../../machines/index.js';
import { daysBetween, decisionStateLabel, foldRun, milestoneDates } from '../engine/index.js';
import { displayWidth, padEndTo } from '../util/display-width.js';
import { describeChange, type ForkPlan, type ForkScenario, type LoadedLog } from '../log/index.js';

/** What `fork` prints: the file written, the changes, and the milestones of the recorded run beside the fork's. */
export function forkTable(out: string, scenario: ForkScenario, log: LoadedLog, plan: ForkPlan): string {
  const before = foldRun(log.run);
  const after = foldRun(plan.run);
  const a = milestoneDates(before);
  const b = milestoneDates(after);
  const rows = MILESTONES.map((m) => [m.id, a[m.id] ?? '—', b[m.id] ?? '—', shift(a[m.id], b[m.id])]);
  rows.push(['final state', decisionStateLabel(before), decisionStateLabel(after), '']);
  const header = ['milestone', log.run.inputs.scenario.id, scenario.id, ''];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => padEndTo(c, widths[i]!)).join('  ').trimEnd();
  const kept = plan.at > 0 ? `keeps events 1–${plan.at} (to ${plan.date})` : 'keeps no events';
  return [
    `wrote ${out}: extends ${scenario.extends}, ${kept}, then:`,
    ...plan.changes.map((c) => `  ${describeChange(c)}`),
    '',
    line(header),
    line(widths.map((w, i) => (i === 3 ? '' : '─'.repeat(w)))),
    ...rows.map(line),
    '',
    `events: ${log.run.events.length} recorded, ${plan.run.events.length} in the fork`,
  ].join('\n');
}

function shift(a: string | null, b: string | null): string {
  if (a === b) return '';
  if (!a) return 'now reached';
  if (!b) return 'no longer reached';
  const d = daysBetween(a, b);
  return `${d > 0 ? '+' : ''}${d} day${Math.abs(d) === 1 ? '' : 's'}`;
}
