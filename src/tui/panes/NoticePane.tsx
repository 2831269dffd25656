import { wrap } from '../model/text.js';
import type { Notice } from '../tui.machine.js';
import { Lines, plain } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly notice: Notice;
  readonly width: number;
  readonly height: number;
}

/** An error the user should read (a scenario that did not load), until the next key. */
export function NoticePane({ notice, width, height }: Props) {
  const w = innerWidth(width);
  const lines = notice.text.split('\n').flatMap((l) => wrap(l, w)).map((t) => plain(t, 'error'));
  return (
    <Pane title="Error · any key dismisses it; the run on screen is unchanged" width={width} height={height} tone="error">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}

/** Lines the notice needs with its border and title, at most `max`. */
export function noticeHeight(notice: Notice, width: number, max: number): number {
  const n = notice.text.split('\n').flatMap((l) => wrap(l, innerWidth(width))).length;
  return Math.min(max, n + 3);
}
