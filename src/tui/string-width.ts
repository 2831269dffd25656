import stringWidth from 'string-width';

type Options = Parameters<typeof stringWidth>[1];

/**
 * Code points one column wide that the screen draws with: Latin-1 and Latin
 * Extended letters, dashes, quotes and the ellipsis, arrows, mathematical
 * signs, the OCR fork, box drawing, blocks and geometric shapes, dingbats.
 * Emoji that share these blocks are two columns and left out. Checked code
 * point by code point against string-width in test/tui/string-width.test.ts.
 */
const NARROW: readonly (readonly [number, number])[] = [
  [0x00a1, 0x00ac], [0x00ae, 0x024f],
  [0x2010, 0x2027], [0x2030, 0x205e],
  [0x2070, 0x20c0], [0x2100, 0x2319], [0x231c, 0x2328], [0x232b, 0x23e8],
  [0x23ed, 0x23ef], [0x23f1, 0x23f2], [0x23f4, 0x23ff],
  [0x2440, 0x244a],
  [0x2500, 0x25fc], [0x25ff, 0x25ff],
  [0x2700, 0x2704], [0x2706, 0x2709], [0x270c, 0x2727], [0x2729, 0x274b], [0x274d, 0x274d],
  [0x274f, 0x2752], [0x2756, 0x2756], [0x2758, 0x2794], [0x2798, 0x27af], [0x27b1, 0x27be],
];

export const isNarrow = (cp: number): boolean => {
  for (const [from, to] of NARROW) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
};

/** The end of an SGR sequence (`ESC [ 1 ; 22 m`) that starts at `i`, or -1 when there is none. */
function sgrEnd(input: string, i: number): number {
  if (input.charCodeAt(i + 1) !== 0x5b) return -1;
  let digits = 0;
  for (let j = i + 2; j < input.length; j++) {
    const code = input.charCodeAt(j);
    if (code === 0x6d) return j;
    if (code >= 0x30 && code <= 0x39 && digits < 3) digits++;
    else if (code === 0x3b && digits > 0) digits = 0;
    else return -1;
  }
  return -1;
}

/**
 * string-width, the measure Ink lays text out with, answered at once for text
 * of printable ASCII and the narrow symbols above, bold or inverse: one column
 * a code point, the styling none. string-width's own path builds Unicode-set
 * emoji regexes on its first non-ASCII call, tens of milliseconds before the
 * first frame. Anything else (other escape codes, wide or combining
 * characters, ambiguous widths asked to be wide) goes to string-width itself.
 */
export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes) return stringWidth(input, options);
  let width = 0;
  for (let i = 0, end; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) width++;
    else if (code >= 0xa1 && isNarrow(code)) width++;
    else if (code === 0x1b && (end = sgrEnd(input, i)) > 0) i = end;
    else return stringWidth(input, options);
  }
  return width;
}
