import { KEY_TABLE } from '../key-table.js';
import type { Notice } from '../tui.machine.js';
import { Lines, type Line, type Segment } from './Lines.js';

export interface Props {
  /** A prompt being typed (go to date, write path), which replaces the keys. */
  readonly prompt?: { readonly label: string; readonly text?: string; readonly error?: string | null; readonly hint: string };
  /** An info notice, shown until the next key. */
  readonly notice?: Notice | null;
  readonly playing: boolean;
  readonly width: number;
}

const PLAYING: readonly [string, string][] = [['space', 'pause'], ['+/-', 'speed'], ['←/→', 'step'], ['q', 'quit']];
const BROWSING: readonly [string, string][] = KEY_TABLE.filter((k) => k.short).map((k) => [k.keys.split(' / ')[0]!.replace('→', '←→'), k.short!]);

/** The bottom line: the keys that work now, a prompt, or a notice. */
export function KeyBar({ prompt, notice, playing, width }: Props) {
  let line: Line;
  if (prompt) {
    line = [
      { text: `${prompt.label} `, tone: 'title', bold: true }, ...(prompt.text === undefined ? [] : [{ text: `${prompt.text}█ ` }]),
      prompt.error ? { text: prompt.error, tone: 'error' } : { text: prompt.hint, tone: 'muted' },
    ];
  } else if (notice?.kind === 'info') {
    line = [{ text: notice.text, tone: 'info', bold: true }];
  } else {
    line = fitKeys(playing ? PLAYING : BROWSING, width);
  }
  return <Lines lines={[line]} width={width} height={1} />;
}

/** As many `key label` pairs as fit, always keeping the last two (help, quit). */
function fitKeys(keys: readonly [string, string][], width: number): Line {
  const cost = (k: readonly [string, string]) => k[0].length + k[1].length + 3;
  const tail = keys.slice(-2);
  let room = width - tail.reduce((n, k) => n + cost(k), 0);
  const head: [string, string][] = [];
  for (const k of keys.slice(0, -2)) {
    if (cost(k) > room) break;
    head.push(k);
    room -= cost(k);
  }
  return [...head, ...tail].flatMap(([key, label]): Segment[] => [{ text: key, tone: 'title', bold: true }, { text: ` ${label}  ` }]);
}
