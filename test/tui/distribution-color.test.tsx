import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'ink';
import { createActor, fromCallback } from 'xstate';
import { MILESTONE_IDS } from '../../machines/index.js';
import { spreads } from '../../src/sweep/ensemble/answers.js';
import { Screen } from '../../src/tui/Screen.js';
import { runView } from '../../src/tui/model/run-view.js';
import { ThemeContext } from '../../src/tui/theme.js';
import { modeOf, tuiMachine } from '../../src/tui/tui.machine.js';
import { baselineSession, hasColour, stripAnsi } from './helpers.js';

// Ink colours through chalk, which reads FORCE_COLOR when first loaded: set it before Ink loads.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

describe('the Distribution pane and NO_COLOR', () => {
  it('is drawn in colour only with colour on, the same text either way, beside Blame and as a page of its own', () => {
    const session = baselineSession();
    // Three members, each milestone a day apart from the one before, the fork a day later.
    const days = (shift: number) => Float64Array.from([0, 1, 2].flatMap((i) => MILESTONE_IDS.map((_, m) => 19_850 + m + i + shift)));
    const dist = { source: 'three members', members: 3, done: 3, spreads: spreads({ packed: days(1), k: 0 }, { packed: days(0), k: 0 }, 3) };
    const machine = tuiMachine.provide({ actors: { distribution: fromCallback(({ sendBack }) => sendBack({ type: 'DIST_PROGRESS', dist })) } });
    const actor = createActor(machine, { input: { view: runView(session, null) } }).start();
    actor.send({ type: 'KEY', key: 'm' });
    const snap = actor.getSnapshot();
    for (const [columns, rows] of [[160, 40], [120, 34], [100, 30], [60, 20]] as const) {
      const frame = (color: boolean) => renderToString(
        <ThemeContext.Provider value={{ color }}>
          <Screen session={session} context={snap.context} mode={modeOf(snap.value as { mode?: unknown })} distribution columns={columns} rows={rows} />
        </ThemeContext.Provider>, { columns },
      );
      expect(stripAnsi(frame(false)), `${columns}×${rows}`).toContain('members: three members');
      expect(hasColour(frame(false)), `${columns}×${rows}`).toBe(false);
      expect(hasColour(frame(true)), `${columns}×${rows}`).toBe(true);
      const text = (f: string) => stripAnsi(f).split('\n').map((l) => l.trimEnd());
      expect(text(frame(true)), `${columns}×${rows}`).toEqual(text(frame(false)));
    }
  });
});
