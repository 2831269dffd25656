import { Lines, type Line } from './Lines.js';
import { pad } from '../model/text.js';

export interface Props {
  /** `id: title` of the scenario on screen. */
  readonly scenario: string;
  readonly seq: number;
  readonly length: number;
  readonly date: string | null;
  /** The decision machine's state in words, e.g. `due diligence · secret`. */
  readonly state: string;
  /** Events per second while playing; null when paused. */
  readonly playing: number | null;
  /** How many changes the fork on screen makes; 0 when not forked. */
  readonly changes: number;
  readonly width: number;
}

/** The top line: what is on screen and where in it the cursor is. */
export function Header({ scenario, seq, length, date, state, playing, changes, width }: Props) {
  const right: Line = [
    { text: ` ${date ?? 'start'} `, tone: 'current', bold: true },
    { text: `step ${seq}/${length} ` },
    { text: `${state} `, tone: 'decision' },
    ...(playing ? [{ text: `▶ ${playing}/s `, tone: 'info' as const }] : []),
    ...(changes ? [{ text: `⑂ ${changes} change${changes === 1 ? '' : 's'} `, tone: 'fork' as const }] : []),
  ];
  const used = right.reduce((n, s) => n + [...s.text].length, 0);
  const left: Line = [{ text: 'redline ', tone: 'title', bold: true }, { text: pad(scenario, Math.max(0, width - used - 8)) }];
  return width > used + 12 ? <Lines lines={[[...left, ...right]]} width={width} height={1} /> : <Lines lines={[right]} width={width} height={1} />;
}

