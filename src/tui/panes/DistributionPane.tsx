import { memo } from 'react';
import { MILESTONE_IDS } from '../../../machines/index.js';
import { binOf, dateOf, dayRange, figuresHead, histogram, spreadFigures, summaryLine, type DistView } from '../model/distribution.js';
import { fit, pad, wrap } from '../model/text.js';
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
const ID_LEAST = 12;
const BINS_LEAST = 8;
/** The height it wants: its borders and title, six lines of heading and hints, and two lines a milestone. */
export const DISTRIBUTION_HEIGHT = 3 + 7 + 2 * MILESTONE_IDS.length;

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
      lines.push(...wrap(summaryLine(all, forked), w).map((text): Line => [{ text, bold: true }]));
      const range = dayRange(all);
      const figures = Math.max(...all.map((x) => spreadFigures(x, forked).length)) + 1;
      // Too narrow for name, bars and figures on one line: the bars go on a line of their own, or, short too, away.
      const stacked = w < ID_LEAST + BINS_LEAST + figures;
      const h = innerHeight(height) - lines.length - 3;
      const bars = !stacked ? 'inline' : h >= 2 * all.length + 1 ? 'below' : 'none';
      const idWidth = stacked ? Math.max(4, w - figures) : Math.min(22, Math.max(ID_LEAST, w - figures - 12));
      const bins = stacked ? Math.max(BINS_LEAST, Math.min(30, w - 2)) : Math.max(BINS_LEAST, Math.min(30, w - idWidth - figures));
      const indent = stacked ? 2 : idWidth;
      const roomy = !stacked && h >= 2 * all.length;
      const axis = !range ? '' : bins >= 12 ? `${pad(dateOf(range.lo), bins - 5)}${dateOf(range.hi)}` : `${dateOf(range.lo)}…`;
      lines.push(plain(`${pad('', idWidth)}${stacked ? '' : pad(axis, bins)} ${figuresHead(forked)}`, 'muted'));
      all.forEach((s, m) => {
        const day = runDays[m] ?? -1;
        const hist = range ? histogram(s.days, range.lo, range.hi, bins) : ' '.repeat(bins);
        const at = range && day >= 0 ? binOf(day, range.lo, range.hi, bins) : -1;
        // With no room for a line under each, this run's bin is drawn inverted instead.
        const drawn: Line = roomy || at < 0
          ? [{ text: hist, tone: 'milestone' }]
          : [{ text: hist.slice(0, at), tone: 'milestone' }, { text: hist[at]!, tone: 'current', inverse: true }, { text: hist.slice(at + 1), tone: 'milestone' }];
        const name = { text: pad(fit(s.id, idWidth - 1), idWidth) };
        const figs = { text: ` ${spreadFigures(s, forked)}`, tone: 'muted' as const, keep: true };
        if (bars === 'inline') lines.push([name, ...drawn, figs]);
        else lines.push([name, figs], ...(bars === 'below' ? [[{ text: pad('', indent) }, ...drawn]] : []));
        if (roomy) lines.push([{ text: pad('', indent) }, { text: at >= 0 ? `${' '.repeat(at)}┃ ${dateOf(day)}` : 'never in this run', tone: 'current' }]);
      });
      if (bars === 'below') lines.push(plain(`${pad('', indent)}${axis}`, 'muted'));
    }
  }
  lines.push([{ text: ' ' }], plain('m or Esc closes; ← → still step.', 'muted'));
  return (
    <Pane title="Distribution" width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
});
