import type { Gauge } from '../model/gauges.js';
import { movesUpTo, type RunIndex } from '../model/run-index.js';
import { num, signed } from '../model/text.js';
import { Lines, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly index: RunIndex;
  readonly seq: number;
  /** The gauge selected with ↑ ↓. */
  readonly gauge: Gauge;
  readonly width: number;
  readonly height: number;
}

/** The events that moved the selected gauge up to the cursor, latest first, each with its step and date. */
export function BlamePane({ index, seq, gauge, width, height }: Props) {
  const w = innerWidth(width);
  const h = innerHeight(height);
  const moves = movesUpTo(index, gauge.id, seq);
  const shown = moves.length > h - 1 ? h - 2 : h - 1;
  const lines: Line[] = [
    [{ text: 'step  date        change  after  event', tone: 'muted' }],
    ...[...moves].reverse().slice(0, Math.max(0, shown)).map((m): Line => [
      { text: `#${m.seq}`.padEnd(6) },
      { text: `${m.date}  ` },
      { text: signed(m.delta).padStart(6), tone: m.delta > 0 ? 'done' : 'threshold' },
      { text: `  ${num(m.value).padStart(5)}  ` },
      { text: m.name, tone: 'input' },
    ]),
  ];
  if (moves.length === 0) lines.push([{ text: 'nothing has moved it yet', tone: 'muted' }]);
  else if (moves.length > shown) lines.push([{ text: `… ${moves.length - shown} earlier`, tone: 'muted' }]);
  return (
    <Pane title={`Blame · ${gauge.label} (↑ ↓ to choose)`} width={width} height={height}>
      <Lines lines={lines} width={w} height={h} />
    </Pane>
  );
}
