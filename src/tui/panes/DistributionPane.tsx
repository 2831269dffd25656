import { memo } from 'react';
import { binOf, dateOf, dayRange, figuresHead, histogram, spreadFigures, summaryLine, type DistView } from '../model/distribution.js';
import { fit, pad } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly dist: DistView | null;
  /** The day of each milestone in the run on screen (−1: never), marked on its histogram. */
  readonly runDays: readonly number[];
  readonly forked: boolean;
  readonly width: number;
  readonly height: number;
}

const SPIN = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

/**
 * The run on screen over the members (an ensemble's, or draws of the
 * scenario's uncertainty block): per milestone a histogram of its days with
 * this run's day marked (┃ below, or its bin inverted when there is no room), the share never reached and, for a fork,
 * the share later than the original and the median shift. Memoised: a step
 * leaves its props alone, so stepping does not redraw it.
 */
export const DistributionPane = memo(function DistributionPane({ dist, runDays, forked, width, height }: Props) {
  const w = innerWidth(width);
  const lines: Line[] = [];
  if (!dist) lines.push(plain('computing…', 'muted'));
  else if (dist.none) lines.push(plain(dist.none, 'muted'));
  else {
    const busy = dist.done < dist.members;
    lines.push(plain(`members: ${dist.source}`, 'muted'));
    lines.push(busy
      ? plain(`${SPIN[Math.floor(dist.done / 100) % SPIN.length]} ${dist.done.toLocaleString('en-US')} of ${dist.members.toLocaleString('en-US')} members`, 'current')
      : plain(`all ${dist.members.toLocaleString('en-US')} members`, 'muted'));
    const all = dist.spreads;
    if (all) {
      lines.push([{ text: summaryLine(all, forked), bold: true }]);
      const range = dayRange(all);
      const figures = Math.max(...all.map((x) => spreadFigures(x, forked).length)) + 2;
      const idWidth = Math.min(22, Math.max(12, w - figures - 12));
      const bins = Math.max(8, Math.min(30, w - idWidth - figures));
      const roomy = innerHeight(height) >= lines.length + 2 * all.length + 3;
      const axis = !range ? '' : bins >= 12 ? `${pad(dateOf(range.lo), bins - 5)}${dateOf(range.hi)}` : `${dateOf(range.lo)}…`;
      lines.push(plain(`${pad('', idWidth)}${pad(axis, bins)}  ${figuresHead(forked)}`, 'muted'));
      all.forEach((s, m) => {
        const day = runDays[m] ?? -1;
        const bars = range ? histogram(s.days, range.lo, range.hi, bins) : ' '.repeat(bins);
        const at = range && day >= 0 ? binOf(day, range.lo, range.hi, bins) : -1;
        // With no room for a line under each, this run's bin is drawn inverted instead.
        const drawn: Line = roomy || at < 0
          ? [{ text: bars, tone: 'milestone' }]
          : [{ text: bars.slice(0, at), tone: 'milestone' }, { text: bars[at]!, tone: 'current', inverse: true }, { text: bars.slice(at + 1), tone: 'milestone' }];
        lines.push([{ text: pad(fit(s.id, idWidth - 1), idWidth) }, ...drawn, { text: `  ${spreadFigures(s, forked)}`, tone: 'muted' }]);
        if (roomy) lines.push([{ text: pad('', idWidth) }, { text: at >= 0 ? `${' '.repeat(at)}┃ ${dateOf(day)}` : 'never in this run', tone: 'current' }]);
      });
    }
  }
  lines.push([{ text: ' ' }], plain('m or Esc closes; ← → still step.', 'muted'));
  return (
    <Pane title="Distribution" width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
});
