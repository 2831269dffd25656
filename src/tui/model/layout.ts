/** The panes besides the timeline; in narrow terminals one shows at a time and Tab cycles them. */
export const DETAIL_PANES = ['decision', 'event', 'blame'] as const;
export type DetailPane = (typeof DETAIL_PANES)[number];

export interface Layout {
  /** Width of the timeline column; 0 when the terminal is too narrow for it. */
  readonly timeline: number;
  /** Detail columns left to right; each column stacks its panes top to bottom. */
  readonly columns: readonly (readonly DetailPane[])[];
  /** Lines between the header and the key bar. */
  readonly body: number;
  readonly width: number;
}

/**
 * Where the panes go in a terminal of `columns` × `rows`. The frame is one line
 * shorter than the terminal, so the terminal never scrolls.
 *
 * @example layoutFor(80, 24, 'event') // { timeline: 30, columns: [['event']], body: 20, width: 80 }
 */
export function layoutFor(columns: number, rows: number, focus: DetailPane): Layout {
  const body = Math.max(3, rows - 3);
  const width = columns;
  if (width >= 150) return { timeline: 40, columns: [['decision'], ['event', 'blame']], body, width };
  if (width >= 110) return { timeline: 34, columns: [['decision'], ['event', 'blame']], body, width };
  if (width >= 60) return { timeline: Math.min(34, Math.floor(width * 0.38)), columns: [[focus]], body, width };
  return { timeline: 0, columns: [[focus]], body, width };
}

/** Whether every detail pane is on screen, so Tab has nothing to bring into view. */
export const allShown = (layout: Layout): boolean => layout.columns.flat().length === DETAIL_PANES.length;

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

/** The next detail pane for Tab, skipping none: each pane is reachable at every width. */
export function nextPane(focus: DetailPane): DetailPane {
  return DETAIL_PANES[(DETAIL_PANES.indexOf(focus) + 1) % DETAIL_PANES.length]!;
}
