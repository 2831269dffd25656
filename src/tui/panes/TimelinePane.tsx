import type { RunResult } from '../../engine/index.js';
import { timelineRows, type TimelineRow } from '../model/timeline-rows.js';
import { Lines, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly run: RunResult;
  readonly seq: number;
  /** Where a fork leaves the original run; marked with ⑂. */
  readonly divergence: number | null;
  readonly width: number;
  readonly height: number;
}

/** The events by date, inputs (●) set apart from the decisions (◆, ★ for a milestone) they caused. */
export function TimelinePane({ run, seq, divergence, width, height }: Props) {
  const w = innerWidth(width);
  const longDates = w >= 40;
  const rows = timelineRows(run, seq, innerHeight(height), divergence);
  return (
    <Pane title={w >= 40 ? 'Timeline  ● input  ◆ decision  ★ milestone' : 'Timeline  ● input ◆ decision'} width={width} height={height}>
      <Lines lines={rows.map((r) => rowLine(r, longDates))} width={w} height={innerHeight(height)} />
    </Pane>
  );
}

function rowLine(row: TimelineRow, longDates: boolean): Line {
  const dateWidth = longDates ? 10 : 5;
  if (row.kind === 'start') return [{ text: `${row.current ? '▶' : ' '} ${'·'.repeat(dateWidth)} start`, tone: 'muted', inverse: row.current }];
  if (row.kind === 'fork') return [{ text: '⑂ ── the fork parts here ──', tone: 'fork', bold: true }];
  const date = row.newDay ? (longDates ? row.date : row.date.slice(5)) : ' '.repeat(dateWidth);
  const mark = row.current ? '▶' : ' ';
  const line: Line = row.input
    ? [{ text: `${mark} ${date} ` }, { text: '● ', tone: 'input' }, { text: row.name }]
    : [{ text: `${mark} ${date}   ` }, { text: row.milestone ? '★ ' : '◆ ', tone: row.milestone ? 'milestone' : 'decision' }, { text: row.name, tone: 'decision' }];
  return row.current ? line.map((s) => ({ ...s, inverse: true, bold: true })) : line;
}
