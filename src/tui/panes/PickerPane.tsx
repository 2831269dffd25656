import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly files: readonly string[];
  /** Each file's scenario title (none when the file system gives none); undefined for one that does not load. */
  readonly titles: readonly (string | undefined)[];
  readonly pick: number;
  readonly width: number;
  readonly height: number;
}

/** The scenario files to open, each with its title: ↑ ↓ choose, Enter opens, Esc cancels. */
export function PickerPane({ files, titles, pick, width, height }: Props) {
  const h = innerHeight(height);
  const room = Math.max(1, h - 2);
  const first = Math.max(0, Math.min(pick - Math.floor(room / 2), files.length - room));
  const nameWidth = Math.max(0, ...files.map((f) => f.length)) + 2;
  const lines: Line[] = files.length === 0
    ? [plain('no scenario files (*.yaml) found', 'muted')]
    : files.slice(first, first + room).map((f, i): Line => {
      const sel = first + i === pick;
      const title = titles[first + i];
      // the file name stays whole; its title is cut to the pane
      return [
        { text: `${sel ? '▶' : ' '} ${f.padEnd(nameWidth)}`, bold: sel, inverse: sel, keep: true },
        ...(titles.length === 0 ? [] : [title === undefined ? { text: 'does not load (Enter shows why)', tone: 'error' as const } : { text: title, bold: sel }]),
      ];
    });
  lines.push([{ text: ' ' }], plain('↑ ↓ choose · Enter open · Esc cancel', 'muted'));
  return (
    <Pane title="Open a scenario" width={width} height={height} tone="title">
      <Lines lines={lines} width={innerWidth(width)} height={h} />
    </Pane>
  );
}

