/** Every key of the terminal UI, as the help pane and docs/tui.md list them. */
export const KEY_TABLE: readonly { readonly keys: string; readonly does: string; readonly short?: string }[] = [
  { keys: '→ / ←', does: 'step one event forward / back', short: 'step' },
  { keys: 'PgDn / PgUp', does: 'ten events forward / back' },
  { keys: 'Home / End', does: 'the start / the end of the run' },
  { keys: 'space', does: 'play / pause', short: 'play' },
  { keys: '+ / -', does: 'play faster / slower' },
  { keys: 'g', does: 'go to a date (YYYY-MM-DD)', short: 'date' },
  { keys: '↑ / ↓', does: 'select a gauge; Blame lists the events that moved it', short: 'gauge' },
  { keys: 'Tab', does: 'next pane (Decision path, Event, Blame) when they do not all fit', short: 'pane' },
  { keys: 's', does: 'open a scenario from the scenario folder', short: 'open' },
  { keys: 'd', does: 'compare milestones with the fork\'s original, or the scenario\'s parent, or the run first opened', short: 'diff' },
  { keys: 'm', does: 'the Distribution pane: each milestone over the ensemble or the uncertainty block, against the original', short: 'spread' },
  { keys: 'e', does: 'explain the next milestone: its guard, value, threshold, shortfall', short: 'why' },
  { keys: 'f', does: 'fork here: add an input, remove or move this one, or set a parameter', short: 'fork' },
  { keys: 'w', does: 'write the fork as a scenario file that extends the original', short: 'write' },
  { keys: '?', does: 'this help', short: 'help' },
  { keys: 'q / Ctrl-C', does: 'quit; with a fork not yet written, q asks first (q or y quits, w writes)', short: 'quit' },
];
