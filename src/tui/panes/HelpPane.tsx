import { KEY_TABLE } from '../key-table.js';
import { pad } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly width: number;
  readonly height: number;
}

/** Every key and what it does; any key closes it. */
export function HelpPane({ width, height }: Props) {
  const w = innerWidth(width);
  const keyWidth = Math.max(...KEY_TABLE.map((k) => k.keys.length)) + 2;
  const lines: Line[] = [
    ...KEY_TABLE.map((k): Line => [{ text: pad(k.keys, keyWidth), tone: 'title', bold: true }, { text: k.does }]),
    [{ text: ' ' }],
    plain('Any key closes this help.', 'muted'),
  ];
  return (
    <Pane title="Keys" width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}
