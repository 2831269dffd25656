import { parseDay, formatDay } from '../../engine/dates.js';
import type { SweepSummary } from '../summarize.js';
import { count, percent } from './format.js';

const WIDTH = 40;
const MAX_LINES = 30;

/** The focus milestone's dates as a bar per day (or per few days when they spread wide), "never" last. */
export function histogram(summary: SweepSummary): string {
  const { milestone, days, never } = summary.histogram;
  const title = `${milestone}: runs per ${'day'}`;
  if (days.length === 0) return `${title}\nno run reached it (${count(never)} runs)`;
  const first = parseDay(days[0]!.date)!;
  const last = parseDay(days[days.length - 1]!.date)!;
  const span = Math.max(1, Math.ceil((last - first + 1) / MAX_LINES));
  const bins = new Map<number, number>();
  for (const { date, runs } of days) {
    const at = first + Math.floor((parseDay(date)! - first) / span) * span;
    bins.set(at, (bins.get(at) ?? 0) + runs);
  }
  const lines: [string, number][] = [];
  for (let d = first; d <= last; d += span) {
    const label = span === 1 ? formatDay(d) : `${formatDay(d)}…${formatDay(Math.min(last, d + span - 1)).slice(5)}`;
    lines.push([label, bins.get(d) ?? 0]);
  }
  if (never > 0) lines.push(['never', never]);
  const most = Math.max(...lines.map(([, n]) => n));
  const labelWidth = Math.max(...lines.map(([l]) => l.length));
  const countWidth = Math.max(...lines.map(([, n]) => count(n).length));
  const bar = (n: number) => {
    const eighths = Math.round((n / most) * WIDTH * 8);
    const full = '█'.repeat(Math.floor(eighths / 8));
    const part = eighths % 8 ? '▏▎▍▌▋▊▉'[(eighths % 8) - 1]! : n > 0 && !full ? '▏' : '';
    return (full + part).padEnd(WIDTH);
  };
  return [
    span === 1 ? title : `${milestone}: runs per ${span} days`,
    ...lines.map(([label, n]) => `${label.padEnd(labelWidth)}  ${bar(n)}  ${count(n).padStart(countWidth)}  ${percent(n / summary.runs).padStart(6)}`),
  ].join('\n');
}
