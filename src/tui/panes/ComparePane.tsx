import type { MilestoneDiff } from '../model/compare.js';
import { movedText } from '../model/compare.js';
import { pad } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  /** The milestones of the run on screen beside the reference's. */
  readonly diffs: readonly MilestoneDiff[];
  readonly current: string;
  readonly reference: string;
  readonly width: number;
  readonly height: number;
}

/** Milestones side by side with the days each moved; d or Esc closes it. */
export function ComparePane({ diffs, current, reference, width, height }: Props) {
  const w = innerWidth(width);
  const idWidth = Math.min(22, Math.max(...diffs.map((d) => d.id.length)) + 1);
  const col = (s: string | null) => pad(s ?? '—', 12);
  const lines: Line[] = [
    [{ text: pad('milestone', idWidth), tone: 'muted' }, { text: col(fitName(reference)), tone: 'muted' }, { text: col(fitName(current)), tone: 'muted' }, { text: 'moved', tone: 'muted' }],
    ...diffs.map((d): Line => [
      { text: pad(d.id, idWidth) },
      { text: col(d.reference) },
      { text: col(d.current), bold: d.days !== 0 },
      { text: movedText(d), tone: d.days === 0 ? 'muted' : d.days === null ? 'threshold' : d.days > 0 ? 'threshold' : 'done' },
    ]),
    [{ text: ' ' }],
    plain(`Left: ${reference}. Right: ${current}.`, 'muted'),
    plain('d or Esc closes; ← → still step.', 'muted'),
  ];
  return (
    <Pane title={`Compare with ${reference}`} width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}

const fitName = (s: string): string => (s.length > 11 ? `${s.slice(0, 10)}…` : s);
