import { describe, expect, it } from 'vitest';
import { renderToString } from 'ink';
import { createActor } from 'xstate';
import { Screen } from '../../src/tui/Screen.js';
import { ThemeContext } from '../../src/tui/theme.js';
import { modeOf, tuiMachine } from '../../src/tui/tui.machine.js';
import { runView } from '../../src/tui/model/run-view.js';
import { layoutFor } from '../../src/tui/model/layout.js';
import { baselineSession, hasColour, stripAnsi } from './helpers.js';

const session = baselineSession();

/** The frame at a size after some keys, as the terminal would show it. */
function frameAt(columns: number, rows: number, keys: string[] = [], color = false): string {
  const actor = createActor(tuiMachine, { input: { view: runView(session, null) } }).start();
  for (const key of keys) actor.send({ type: 'KEY', key });
  const snap = actor.getSnapshot();
  return renderToString(
    <ThemeContext.Provider value={{ color }}>
      <Screen session={session} context={snap.context} mode={modeOf(snap.value as { mode?: unknown })} columns={columns} rows={rows} />
    </ThemeContext.Provider>,
    { columns },
  );
}

const SIZES = [[80, 24], [100, 30], [120, 30], [160, 40], [220, 50], [60, 20], [40, 12], [24, 8]] as const;
const MODES: Record<string, string[]> = {
  browsing: ['g', ...'2024-05-22', 'enter'],
  event: ['end', 'tab'],
  blame: ['end', 'down', 'tab', 'tab'],
  help: ['?'], compare: ['d'], explain: ['right', 'e'], fork: ['right', 'f', 'down'], role: ['p', 'down'], decide: ['p', 'enter'],
};

describe('the frame at any size', () => {
  for (const [columns, rows] of SIZES) {
    it(`${columns}×${rows}: one line short of the terminal, no line wider than it, in every mode`, () => {
      for (const [mode, keys] of Object.entries(MODES)) {
        const lines = stripAnsi(frameAt(columns, rows, keys)).split('\n');
        expect(lines.length, mode).toBe(rows - 1);
        for (const line of lines) expect([...line].length, `${mode}: ${line}`).toBeLessThanOrEqual(columns);
      }
    });
  }

  it('a terminal too small for the panes gets one line saying so, cut to its width', () => {
    expect(stripAnsi(frameAt(20, 6)).trimEnd()).toBe('redline needs at le…');
    expect(stripAnsi(frameAt(80, 7))).toBe('redline needs at least 24×8');
  });

  it('panes collapse as the terminal narrows, at the widths docs/tui.md gives: all side by side from 150 columns, Event and Blame sharing a column from 149 to 110, one pane below, no timeline below 60', () => {
    const titles = ['Timeline', 'Decision path', 'Event: the start', 'Blame · danger to Kharkiv'];
    const shown = (columns: number) => titles.filter((t) => frameAt(columns, 30).includes(t));
    expect(shown(150)).toEqual(titles);
    expect(shown(149)).toEqual(titles);
    expect(shown(110)).toEqual(titles);
    expect(shown(109)).toEqual(['Timeline', 'Decision path']);
    expect(shown(80)).toEqual(['Timeline', 'Decision path']);
    expect(shown(60)).toEqual(['Timeline', 'Decision path']);
    expect(shown(59)).toEqual(['Decision path']);
    expect(layoutFor(80, 24, 'blame').columns).toEqual([['blame']]);
  });

  it('without colour the frame has no colour codes', () => {
    expect(hasColour(frameAt(100, 30, [], false))).toBe(false);
  });
});
