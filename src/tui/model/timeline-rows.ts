import { milestoneOf } from '../../../machines/index.js';
import { eventName, type RunResult } from '../../engine/index.js';

/** One line of the timeline pane. */
export type TimelineRow =
  | { readonly kind: 'start'; readonly current: boolean }
  | { readonly kind: 'fork'; readonly seq: number }
  | {
      readonly kind: 'event'; readonly seq: number; readonly date: string; readonly input: boolean;
      readonly name: string; readonly actor: string; readonly milestone: boolean;
      readonly current: boolean;
      /** First event of its day, or first row shown: the date is shown. */
      readonly newDay: boolean;
    };

/**
 * The rows of the timeline visible in `height` lines with the cursor at `seq`:
 * the start, every event, and a fork mark before the event where a fork leaves
 * the original. Only the visible rows are built, so a 10,000-event log costs
 * the same as a short one.
 */
export function timelineRows(run: RunResult, seq: number, height: number, divergence: number | null): TimelineRow[] {
  const events = run.events;
  const forkRow = divergence ?? Infinity;
  const total = events.length + 1 + (divergence === null ? 0 : 1);
  const rowOf = (s: number) => (s === 0 ? 0 : s + (s >= forkRow ? 1 : 0));
  const cursor = rowOf(seq);
  const first = Math.max(0, Math.min(cursor - Math.floor(height / 2), total - height));
  const rows: TimelineRow[] = [];
  for (let r = first; r < Math.min(total, first + height); r++) {
    if (r === 0) {
      rows.push({ kind: 'start', current: seq === 0 });
      continue;
    }
    if (r === forkRow) {
      rows.push({ kind: 'fork', seq: forkRow });
      continue;
    }
    const s = r - (r > forkRow ? 1 : 0);
    const e = events[s - 1]!;
    rows.push({
      kind: 'event', seq: s, date: e.date, input: e.kind === 'input', name: eventName(e), actor: e.actor,
      milestone: e.kind === 'decision' && milestoneOf(e.type) !== undefined, current: s === seq,
      newDay: s === 1 || r === first || events[s - 2]!.date !== e.date,
    });
  }
  return rows;
}
