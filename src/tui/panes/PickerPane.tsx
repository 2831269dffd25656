import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly files: readonly string[];
  readonly pick: number;
  readonly width: number;
  readonly height: number;
}

/** The scenario files to open: ↑ ↓ choose, Enter opens, Esc cancels. */
export function PickerPane({ files, pick, width, height }: Props) {
  const h = innerHeight(height);
  const room = Math.max(1, h - 2);
  const first = Math.max(0, Math.min(pick - Math.floor(room / 2), files.length - room));
  const lines: Line[] = files.length === 0
    ? [plain('no scenario files (*.yaml) found', 'muted')]
    : files.slice(first, first + room).map((f, i) => {
      const sel = first + i === pick;
      return [{ text: `${sel ? '▶' : ' '} ${f}`, bold: sel, inverse: sel }];
    });
  lines.push([{ text: ' ' }], plain('↑ ↓ choose · Enter open · Esc cancel', 'muted'));
  return (
    <Pane title="Open a scenario" width={width} height={height} tone="title">
      <Lines lines={lines} width={innerWidth(width)} height={h} />
    </Pane>
  );
}
