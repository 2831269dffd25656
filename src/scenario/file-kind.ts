/**
 * The kinds of file redline writes, told apart by how each begins, so a command given one it does
 * not take can say what the file is and which command takes it, instead of a parser's complaint.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type FileKind = 'scenario' | 'log' | 'rows' | 'tally' | 'ensemble' | 'report' | 'picture';

const KINDS: Readonly<Record<FileKind, { readonly is: string; readonly then: string }>> = {
  scenario: { is: 'a redline scenario (YAML)', then: 'open it with run, diff, check, explain, sweep, chart, report or tui' },
  log: { is: 'a redline log (written by run --log)', then: 'open it with replay, state, explain, fork or tui' },
  rows: { is: 'a redline sweep\'s rows (written by sweep --out or --json)', then: 'open it with merge, chart --sweep or sweep --out FILE --resume' },
  tally: { is: 'a redline sweep tally (written by sweep --tally)', then: 'open it with merge' },
  ensemble: { is: 'a redline ensemble (written by calibrate --out)', then: 'docs/ensembles.md says what it is for' },
  report: { is: 'a redline report (an HTML page written by report -o)', then: 'open it in a web browser' },
  picture: { is: 'a picture (SVG, as chart and diagram write)', then: 'open it in a web browser or an image viewer' },
};

/** Which kind of redline file a text is, from its start; undefined when it is none of them. */
export function fileKind(text: string): FileKind | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 400);
  if (start.startsWith('{')) {
    const marker = /^\{\s*"(format|redline)"\s*:\s*"([a-z-]+)"/.exec(start);
    if (marker?.[1] === 'format' && marker[2] === 'redline-log') return 'log';
    if (marker?.[1] === 'redline') return ({ sweep: 'rows', 'sweep-tally': 'tally', ensemble: 'ensemble' } as const)[marker[2] as 'sweep'];
    return undefined;
  }
  if (/^<!doctype html>/i.test(start) && /· redline<\/title>|redline/.test(text.slice(0, 2000))) return 'report';
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(start)) return 'picture';
  if (/^(#[^\n]*\n\s*)*id:\s/m.test(start) && /^(events|extends):/m.test(text)) return 'scenario';
  return undefined;
}

/** The first few kilobytes of a file, enough to tell its kind without reading a large one whole; '' when it cannot be read. */
export function startOf(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The message for a file of another kind than a reader takes ("this is a redline log (written by
 * run --log), not a scenario; open it with replay, state, explain, fork or tui"), or undefined when the
 * text is not a redline file, or is of the kind `wanted`.
 */
export function wrongKind(text: string, wanted: FileKind | undefined, wantedWords: string): string | undefined {
  const kind = fileKind(text);
  if (kind === undefined || kind === wanted) return undefined;
  return `this is ${KINDS[kind].is}, not ${wantedWords}; ${KINDS[kind].then}`;
}
