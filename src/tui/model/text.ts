/** Cuts a string to `width` columns, ending in `…` when it had to cut. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

/** `fit`, then padded with spaces to exactly `width` columns. */
export function pad(text: string, width: number): string {
  const t = fit(text, width);
  return t + ' '.repeat(Math.max(0, width - [...t].length));
}

/** Word-wraps a paragraph into lines of at most `width` columns; an over-long word is cut. */
export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= width) line = next;
    else {
      if (line) lines.push(line);
      line = fit(word, width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A level on the 0..1 scale as two decimals: `0.49`, `-0.07`. */
export const num = (x: number): string => x.toFixed(2);

/** A change with its sign: `+0.10`, `−0.25`; a change too small for two decimals gets three (`+0.004`). */
export const signed = (x: number): string => {
  const digits = x !== 0 && Math.abs(x) < 0.005 ? 3 : 2;
  return x >= 0 ? `+${x.toFixed(digits)}` : `−${Math.abs(x).toFixed(digits)}`;
};

/** `recommendationDrafting` → `recommendation drafting`. */
export const humanize = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
