/** The panes besides the timeline; in narrow terminals one shows at a time and Tab cycles them (the Distribution pane while it is open). */
export const DETAIL_PANES = ['decision', 'event', 'blame', 'distribution'] as const;
export type DetailPane = (typeof DETAIL_PANES)[number];

export interface Layout {
  /** Width of the timeline column; 0 when the terminal is too narrow for it. */
  readonly timeline: number;
  /** Detail columns left to right; each column stacks its panes top to bottom. */
  readonly columns: readonly (readonly DetailPane[])[];
  /** Each detail column's width; they add up to `width − timeline`. */
  readonly widths: readonly number[];
  /** Lines between the header and the key bar. */
  readonly body: number;
  readonly width: number;
}

/**
 * Where the panes go in a terminal of `columns` × `rows`. The frame is one line
 * shorter than the terminal, so the terminal never scrolls. With the
 * Distribution pane open (`distribution`), it takes Event's place above Blame
 * where the columns are side by side, wide enough for its figures; in narrower
 * terminals it is one more page for Tab.
 *
 * @example layoutFor(80, 24, 'event') // { timeline: 30, columns: [['event']], widths: [50], body: 20, width: 80 }
 */
export function layoutFor(columns: number, rows: number, focus: DetailPane, distribution = false): Layout {
  const body = Math.max(3, rows - 3);
  const width = columns;
  const at = (timeline: number, cols: DetailPane[][]): Layout => {
    const detail = width - timeline;
    if (cols.length === 1) return { timeline, columns: cols, widths: [detail], body, width };
    const right = distribution ? Math.max(Math.ceil(detail / 2), Math.min(detail - DECISION_LEAST, DISTRIBUTION_WIDTH)) : Math.ceil(detail / 2);
    return { timeline, columns: cols, widths: [detail - right, right], body, width };
  };
  const side: DetailPane[][] = [['decision'], [distribution ? 'distribution' : 'event', 'blame']];
  if (width >= 150) return at(40, side);
  if (width >= 110) return at(34, side);
  const one = [[focus === 'distribution' && !distribution ? 'decision' : focus]] as DetailPane[][];
  if (width >= 60) return at(Math.min(34, Math.floor(width * 0.38)), one);
  return at(0, one);
}
/** The Decision path's least width beside the Distribution pane, and the width the Distribution pane's figures want. */
const DECISION_LEAST = 30;
const DISTRIBUTION_WIDTH = 70;

/**
 * How a column that stacks Event over Blame shares its height: Event gets what its
 * event needs, as long as Blame keeps room for a few moves (and neither goes under it).
 */
export function stackHeights(total: number, eventNeeds: number): [number, number] {
  const least = Math.min(BLAME_LEAST, Math.floor(total / 2));
  const event = Math.max(least, Math.min(eventNeeds, total - least));
  return [event, total - event];
}
/** Blame's least height: borders, title, its header and three moves. */
const BLAME_LEAST = 7;

/** The next detail pane for Tab, skipping none: each pane is reachable at every width (the Distribution pane while open). */
export function nextPane(focus: DetailPane, distribution = false): DetailPane {
  const panes = distribution ? DETAIL_PANES : DETAIL_PANES.slice(0, -1);
  return panes[(panes.indexOf(focus) + 1) % panes.length]!;
}
