import type { MilestoneId } from '../../../machines/index.js';
import type { SweepSummary } from '../summarize.js';
import { percent, signed } from './format.js';

const HALF = 20;
const SHOWN = 8;

/**
 * The tornado of one milestone: its uncertain inputs ranked by the share of
 * the spread of its date each explains, each with a bar from the mean date
 * when the input is low (░) to when it is high (█).
 */
export function tornado(summary: SweepSummary, milestone: MilestoneId): string {
  const ranked = summary.attribution[milestone];
  const title = `what moves ${milestone}: the share of the spread of its date each input explains alone (ε²)`;
  if (!ranked) return `${title}\nnothing: it falls on the same date in every run`;
  const shown = ranked.slice(0, SHOWN);
  const scale = Math.max(1e-9, ...shown.flatMap((a) => [Math.abs(a.low), Math.abs(a.high)]));
  const nameWidth = Math.max(...shown.map((a) => a.input.length));
  const cells = (x: number) => Math.round((Math.abs(x) / scale) * HALF);
  const bar = (low: number, high: number) => {
    const out: string[] = [];
    for (let i = -HALF; i <= HALF; i++) {
      if (i === 0) {
        out.push('│');
        continue;
      }
      const side = Math.sign(i);
      const reach = Math.abs(i);
      const inLow = Math.sign(low) === side && cells(low) >= reach;
      const inHigh = Math.sign(high) === side && cells(high) >= reach;
      out.push(inLow && inHigh ? '▓' : inLow ? '░' : inHigh ? '█' : ' ');
    }
    return out.join('');
  };
  const rest = ranked.length - shown.length;
  return [
    title,
    `bars: mean shift of the date in days when the input is low ░ or high █ (a probability: does not happen ░ / happens █)`,
    `${' '.repeat(nameWidth + 9)}${'earlier'.padEnd(HALF)}│${'later'.padStart(HALF)}`,
    ...shown.map((a) =>
      `${a.input.padEnd(nameWidth)}  ${percent(a.share).padStart(6)} ${bar(a.low, a.high)}  low ${signed(a.low, 1)} d · high ${signed(a.high, 1)} d`),
    ...(rest > 0 ? [`(${rest} more inputs explain less)`] : []),
  ].join('\n');
}
