import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { createActor, fromCallback } from 'xstate';
import { MILESTONE_IDS } from '../../machines/index.js';
import { spreads } from '../../src/sweep/ensemble/answers.js';
import { Screen } from '../../src/tui/Screen.js';
import { runView } from '../../src/tui/model/run-view.js';
import { forkSession } from '../../src/tui/model/session.js';
import { modeOf, tuiMachine } from '../../src/tui/tui.machine.js';
import { baselineSession, seqOfInput } from './helpers.js';

afterEach(cleanup);

const base = baselineSession();
const fork = forkSession(base, { remove: 'blinken-briefs-biden' }, { seq: seqOfInput(base, 'blinken-briefs-biden'), date: '2024-05-17' });
// Three members, each milestone a day after the one before; the fork a day later than the original in each.
const days = (shift: number) => Float64Array.from([0, 1, 2].flatMap((i) => MILESTONE_IDS.map((_, m) => 19_850 + m + i + shift)));
const dist = { source: 'three members', members: 3, done: 3, spreads: spreads({ packed: days(1), k: 0 }, { packed: days(0), k: 0 }, 3) };

/** The machine on the fork, its distribution given (no worker): keys go in, `frame(columns, rows)` is what ink draws. */
function tui() {
  const machine = tuiMachine.provide({ actors: { distribution: fromCallback(({ sendBack }) => sendBack({ type: 'DIST_PROGRESS', dist })) } });
  const actor = createActor(machine, { input: { view: runView(fork, null) } }).start();
  const keys = (...ks: string[]) => ks.forEach((key) => actor.send({ type: 'KEY', key }));
  const frame = (columns: number, rows: number) => {
    const s = actor.getSnapshot();
    const app = render(<Screen session={fork} context={s.context} mode={modeOf(s.value as { mode?: unknown })} distribution={s.matches({ distribution: 'open' })} columns={columns} rows={rows} />);
    const f = app.lastFrame() ?? '';
    app.unmount();
    return f;
  };
  return { actor, keys, frame };
}

const TITLES = { distribution: 'Distribution', blame: 'Blame ·', event: 'Event:', decision: 'Decision path' } as const;
const shown = (frame: string) => Object.entries(TITLES).filter(([, t]) => frame.includes(t)).map(([id]) => id).sort();

describe('the Distribution pane in the layout', () => {
  it('from 110 columns it shares the column beside the Decision path with Blame, above it, and takes Event\'s place', () => {
    const t = tui();
    t.keys('m');
    for (const [columns, rows] of [[220, 50], [160, 40], [150, 40], [120, 34], [110, 30]] as const) {
      const f = t.frame(columns, rows);
      expect(shown(f), `${columns}×${rows}`).toEqual(['blame', 'decision', 'distribution']);
      const lines = f.split('\n');
      const row = (title: string) => lines.findIndex((l) => l.includes(title));
      expect(row('Distribution'), `${columns}×${rows}`).toBeLessThan(row('Blame ·'));
      // Side by side, on the Decision path's right.
      expect(lines[row('Distribution')]!.indexOf('Distribution')).toBeGreaterThan(lines[row('Decision path')]!.indexOf('Decision path'));
      expect(f, `${columns}×${rows}`).toContain('members: three members');
      expect(f, `${columns}×${rows}`).toMatch(/final-a\S*\s.*\s0%\s+0%\s+100%\s+0%\s+\+1 d/);
    }
    t.keys('m');
    expect(shown(t.frame(160, 40))).toEqual(['blame', 'decision', 'event']);
  });

  it('below 110 columns it is a page of its own: m brings it up, Tab goes through every pane and back to it, m closes it', () => {
    for (const [columns, rows] of [[109, 30], [100, 30], [80, 24], [59, 20], [40, 16]] as const) {
      const t = tui();
      const at = (k?: string) => {
        if (k) t.keys(k);
        return shown(t.frame(columns, rows));
      };
      expect(at(), `${columns}×${rows}`).toEqual(['decision']);
      expect(at('m'), `${columns}×${rows}`).toEqual(['distribution']);
      expect(t.frame(columns, rows)).toContain('members: three members');
      expect([at('tab'), at('tab'), at('tab'), at('tab')], `${columns}×${rows}`).toEqual([['decision'], ['event'], ['blame'], ['distribution']]);
      expect(at('m'), `${columns}×${rows}`).toEqual(['decision']);
      // Closed, it is no page for Tab.
      expect([at('tab'), at('tab'), at('tab')], `${columns}×${rows}`).toEqual([['event'], ['blame'], ['decision']]);
    }
  });

  it('closing it from another page leaves that page on screen', () => {
    const t = tui();
    t.keys('m', 'tab', 'tab');
    expect(shown(t.frame(80, 24))).toEqual(['event']);
    t.keys('escape');
    expect(shown(t.frame(80, 24))).toEqual(['event']);
  });

  it('? lists m and Tab\'s Distribution page at every size the help has room for', () => {
    for (const [columns, rows] of [[160, 40], [100, 30], [80, 24], [60, 20]] as const) {
      const t = tui();
      t.keys('m', '?');
      const f = t.frame(columns, rows);
      expect(f, `${columns}×${rows}`).toMatch(/^│?m\s+the Distribution pane/m);
      if (columns >= 100) expect(f, `${columns}×${rows}`).toMatch(/Tab\s+next pane \(Decision path, Event, Blame, and Distribution/);
      t.keys('x');
      expect(shown(t.frame(columns, rows)), `${columns}×${rows}`).toContain('distribution');
    }
  });
});
