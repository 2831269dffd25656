import { Box } from 'ink';
import { KEY_TABLE } from '../key-table.js';
import { pad, wrap } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly width: number;
  readonly height: number;
}

const KEY_WIDTH = Math.max(...KEY_TABLE.map((k) => k.keys.length)) + 2;
const CLOSES = 'Any key closes this help.';

/**
 * Every key and what it does; any key closes it. Every key keeps its line at any size
 * the UI draws: what a key does wraps when there is room, is cut when there is not, and
 * in a pane too short for all the keys the border gives its lines up to them.
 */
export function HelpPane({ width, height }: Props) {
  const bordered = innerHeight(height) >= KEY_TABLE.length;
  const w = bordered ? innerWidth(width) : width;
  const h = bordered ? innerHeight(height) : height;
  // Shorter still, the title gives its line up too: every key keeps one.
  const titled = bordered || h > KEY_TABLE.length;
  const lines = helpLines(w, h - (titled && !bordered ? 1 : 0));
  if (!bordered) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Lines lines={[...(titled ? [plain(`Keys · ${CLOSES.toLowerCase()}`, 'title', { bold: true })] : []), ...lines]} width={w} height={h} />
      </Box>
    );
  }
  return (
    <Pane title={lines.length < h ? 'Keys' : `Keys · ${CLOSES.toLowerCase()}`} width={width} height={height} tone="title">
      <Lines lines={lines.length < h ? [...lines, plain(CLOSES, 'muted')] : lines} width={w} height={h} />
    </Pane>
  );
}

/** The key table in `height` lines or fewer when it can: wrapped, else one line a key. */
function helpLines(width: number, height: number): Line[] {
  const room = Math.max(1, width - KEY_WIDTH);
  const wrapped = KEY_TABLE.flatMap((k) => wrap(k.does, room).map((text, i): Line => [
    { text: pad(i === 0 ? k.keys : '', KEY_WIDTH), tone: 'title', bold: true, keep: true }, { text },
  ]));
  if (wrapped.length < height) return wrapped;
  return KEY_TABLE.map((k): Line => [{ text: pad(k.keys, KEY_WIDTH), tone: 'title', bold: true, keep: true }, { text: k.does }]);
}
