import { describe, expect, it } from 'vitest';
import { renderToString } from 'ink';
import { createActor } from 'xstate';
import { FORCES, FORCE_NAMES } from '../../machines/index.js';
import { Screen } from '../../src/tui/Screen.js';
import { ThemeContext } from '../../src/tui/theme.js';
import { modeOf, tuiMachine } from '../../src/tui/tui.machine.js';
import { runView } from '../../src/tui/model/run-view.js';
import { GAUGES, gaugeValues } from '../../src/tui/model/gauges.js';
import { movesUpTo } from '../../src/tui/model/run-index.js';
import { num, signed } from '../../src/tui/model/text.js';
import { KEY_TABLE } from '../../src/tui/key-table.js';
import { cut } from '../../src/tui/panes/Lines.js';
import { baselineSession, seqOfInput, stripAnsi } from './helpers.js';

// What a user reads off the panes must be whole at the widths people use (issue 16):
// labels give way, values never do.
const session = baselineSession();
const { index, run } = session;
const WIDTHS = [60, 100, 120, 150] as const;

function frameAt(columns: number, rows: number, keys: readonly string[]): string {
  const actor = createActor(tuiMachine, { input: { view: runView(session, null) } }).start();
  for (const key of keys) actor.send({ type: 'KEY', key });
  const snap = actor.getSnapshot();
  return stripAnsi(renderToString(
    <ThemeContext.Provider value={{ color: false }}>
      <Screen session={session} context={snap.context} mode={modeOf(snap.value as { mode?: unknown })} columns={columns} rows={rows} />
    </ThemeContext.Provider>,
    { columns },
  ));
}

const esc = (s: string) => s.replace(/[.+]/g, '\\$&');
const stepTo = (seq: number) => ['home', ...Array<string>(seq).fill('right')];
/** Tab until a pane shows, from the Decision path: none at widths where it is already there. */
const tabsTo = (columns: number, pane: 'event' | 'blame') => (columns >= 110 ? [] : pane === 'event' ? ['tab'] : ['tab', 'tab']);

describe('values stay whole at 60, 100, 120 and 150 columns', () => {
  // Ukraine runs short: two forces move, with long labels ("Ukraine's ammunition and air defence").
  const seq = seqOfInput(session, 'ukraine-runs-short');
  const before = index.timeline.stateAt(seq - 1).ledger;
  const after = index.timeline.stateAt(seq).ledger;
  const moved = FORCE_NAMES.filter((f) => before[f] !== after[f]);

  for (const columns of WIDTHS) {
    it(`${columns}×34: the Event pane shows each moved force's change and its values before and after`, () => {
      const frame = frameAt(columns, 34, [...stepTo(seq), ...tabsTo(columns, 'event')]);
      expect(frame).toContain(`Event #${seq} of`);
      expect(moved.length).toBeGreaterThanOrEqual(2);
      for (const f of moved) {
        expect(frame, FORCES[f].label).toContain(`${signed(after[f] - before[f])}  ${num(before[f])} → ${num(after[f])}`);
      }
      expect(frame).toContain('ukraine-runs-short');
    });

    it(`${columns}×34: every gauge's value is drawn, and the threshold the next guard needs`, () => {
      const at = seqOfInput(session, 'russian-forces-mass');
      const frame = frameAt(columns, 34, stepTo(at));
      const values = gaugeValues(index.timeline.stateAt(at).ledger, run.inputs.params);
      const gaugeLines = frame.split('\n').filter((l) => /[█░┃]{4,}/.test(l));
      expect(gaugeLines).toHaveLength(GAUGES.length);
      gaugeLines.forEach((line, i) => expect(line, GAUGES[i]!.label).toContain(` ${num(values[i]!)}`));
      expect(frame).toMatch(/ ≥0\.60/);
    });

    it(`${columns}×34: Blame shows each move's change, the value after it, and the event's name whole`, () => {
      const at = seqOfInput(session, 'glide-bombs-from-russia');
      const frame = frameAt(columns, 34, [...stepTo(at), ...tabsTo(columns, 'blame')]);
      expect(frame).toContain('Blame · danger to Kharkiv');
      const moves = [...movesUpTo(index, 'kharkivThreat', at)].reverse();
      const shown = moves.filter((m) => frame.includes(`#${m.seq} `));
      // the latest moves first, as many as the pane has room for, and always at least two
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(shown).toEqual(moves.slice(0, shown.length));
      for (const m of shown) {
        expect(frame, m.name).toMatch(new RegExp(`#${m.seq} +${m.date} +${esc(signed(m.delta))} +${esc(num(m.value))}`));
        expect(frame).toContain(m.name);
      }
    });

    it(`${columns}×34: the header names the decision's state in words, not a camelCase id`, () => {
      const frame = frameAt(columns, 34, ['end']);
      expect(frame.split('\n')[0]).toContain('in effect · confirmed');
      expect(frame).not.toMatch(/inEffect|quietPeriod|dueDiligence/);
    });
  }

  it('the help lists every key, each on a line, at 60×20 and at 100×30: a key the key bar drops is still named', () => {
    for (const [columns, rows] of [[60, 20], [100, 30]] as const) {
      const lines = frameAt(columns, rows, ['?']).split('\n');
      for (const k of KEY_TABLE) expect(lines.some((l) => l.replace(/^│/, '').startsWith(k.keys)), `${columns}: ${k.keys}`).toBe(true);
      const bar = lines.at(-1)!;
      const dropped = KEY_TABLE.filter((k) => k.short && !bar.includes(` ${k.short}`));
      if (columns === 60) expect(dropped.length).toBeGreaterThan(0);
    }
  });

  it('Event and Blame share a column from 149 down to 110 columns, so Tab is not needed to see Blame', () => {
    for (const columns of [110, 120, 140, 149]) {
      const frame = frameAt(columns, 34, stepTo(20));
      expect(frame, `${columns}`).toContain('Event #20 of');
      expect(frame, `${columns}`).toContain('Blame · danger to Kharkiv');
    }
  });

  it('↑ ↓ with Blame off screen say what last moved the selected gauge, so the keys visibly do something', () => {
    const at = seqOfInput(session, 'glide-bombs-from-russia');
    const last = movesUpTo(index, GAUGES[1]!.id, at).at(-1)!;
    const frame = frameAt(100, 34, [...stepTo(at), 'down']);
    expect(frame).not.toContain('Blame ·');
    expect(frame).toContain(`${signed(last.delta)} ${last.date} by ${last.name}`);
    expect(frameAt(100, 34, [...stepTo(at), 'down', 'down'])).not.toEqual(frame);
  });
});

describe('labels give way before values', () => {
  const text = (line: ReturnType<typeof cut>) => line.map((s) => s.text).join('');
  it('cuts the label and keeps a value whole; a line without values is cut at its end', () => {
    const line = [{ text: "Ukraine's ammunition and air defence" }, { text: ' −0.25', keep: true }, { text: '  0.50 → 0.25', keep: true }];
    expect(text(cut(line, 30))).toBe("Ukraine's … −0.25  0.50 → 0.25");
    expect(text(cut(line, 60))).toBe("Ukraine's ammunition and air defence −0.25  0.50 → 0.25");
    expect(text(cut([{ text: 'abcdef' }, { text: 'ghij' }], 8))).toBe('abcdefg…');
    // values alone too wide: the line is cut at its end as before
    expect(text(cut([{ text: 'label' }, { text: '0123456789', keep: true }], 8))).toBe('label01…');
  });
});
