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

/** Columns the values of a move take: step, date, change, after. */
const VALUES = 33;

/** The events that moved the selected gauge up to the cursor, latest first, each with its step and date. */
export function BlamePane({ index, seq, gauge, width, height }: Props) {
  const w = innerWidth(width);
  const h = innerHeight(height);
  const moves = [...movesUpTo(index, gauge.id, seq)].reverse();
  // A move's values stay on one line; an event's name that does not fit after them goes on the next.
  const row = (m: (typeof moves)[number]): Line[] => {
    const values: Line = [
      { text: `#${m.seq}`.padEnd(6), keep: true },
      { text: `${m.date}  `, keep: true },
      { text: signed(m.delta).padStart(6), tone: m.delta > 0 ? 'done' : 'threshold', keep: true },
      { text: `  ${num(m.value).padStart(5)}  `, keep: true },
    ];
    return VALUES + m.name.length <= w ? [[...values, { text: m.name, tone: 'input' }]] : [values, [{ text: `  ${m.name}`, tone: 'input' }]];
  };
  const lines: Line[] = [[{ text: 'step  date        change  after  event', tone: 'muted' }]];
  let shown = 0;
  for (const m of moves) {
    const next = row(m);
    // leave a line for "… n earlier" unless this is the last move
    if (lines.length + next.length > h - (shown + 1 < moves.length ? 1 : 0)) break;
    lines.push(...next);
    shown++;
  }
  if (moves.length === 0) lines.push([{ text: 'nothing has moved it yet', tone: 'muted' }]);
  else if (moves.length > shown) lines.push([{ text: `… ${moves.length - shown} earlier`, tone: 'muted' }]);
  return (
    <Pane title={`Blame · ${gauge.label} (↑ ↓ to choose)`} width={width} height={height}>
      <Lines lines={lines} width={w} height={h} />
    </Pane>
  );
}
