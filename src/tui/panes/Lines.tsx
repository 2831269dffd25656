import { Text } from 'ink';
import type { Tone } from '../theme.js';
import { useTone } from '../use-theme.js';
import { fit } from '../model/text.js';

/** A run of text in one style. */
export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  /** A value (a number, a date): when the line is too wide the other segments are cut first, never this one. */
  readonly keep?: boolean;
}

/** One terminal line: never wraps, since `Lines` cuts it to the pane's width. */
export type Line = readonly Segment[];

export interface Props {
  /** The lines, top to bottom; those past `height` are not drawn. */
  readonly lines: readonly Line[];
  readonly width: number;
  readonly height: number;
}

/** Draws lines cut to a width and a height, so nothing wraps or spills. */
export function Lines({ lines, width, height }: Props) {
  const tone = useTone();
  return (
    <>
      {lines.slice(0, Math.max(0, height)).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {merge(cut(line, width)).map((s, j) => (
            <Text key={j} color={tone(s.tone)} bold={s.bold ?? false} inverse={s.inverse ?? false}>{s.text}</Text>
          ))}
        </Text>
      ))}
    </>
  );
}

/**
 * Cuts a line's segments so their text together fits `width` columns. Labels give way
 * before values: segments marked `keep` stay whole while the others are cut, left to
 * right as they come; only when the kept ones alone are too wide is the line cut at its end.
 */
export function cut(line: Line, width: number): Segment[] {
  const len = (s: Segment) => [...s.text].length;
  const total = line.reduce((n, s) => n + len(s), 0);
  if (total <= width) return [...line];
  const kept = line.reduce((n, s) => n + (s.keep ? len(s) : 0), 0);
  if (kept > 0 && kept <= width) {
    let room = width - kept;
    const out: Segment[] = [];
    for (const s of line) {
      if (s.keep) { out.push(s); continue; }
      const text = len(s) <= room ? s.text : fit(s.text, room);
      room -= [...text].length;
      if (text) out.push({ ...s, text });
    }
    return out;
  }
  const out: Segment[] = [];
  let left = width;
  for (const s of line) {
    if (left <= 0) break;
    const text = len(s) >= left ? fit(s.text, left) : s.text;
    out.push({ ...s, text });
    left -= [...text].length;
  }
  return out;
}

/** Joins neighbouring segments of one style: fewer text nodes for Ink to measure. */
function merge(line: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of line) {
    const last = out.at(-1);
    if (last && last.tone === s.tone && !!last.bold === !!s.bold && !!last.inverse === !!s.inverse) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/** A line of one plain segment. */
export const plain = (text: string, tone?: Tone, extra: Omit<Segment, 'text' | 'tone'> = {}): Line => [{ text, ...(tone ? { tone } : {}), ...extra }];
