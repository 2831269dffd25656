import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { tuiMachine, type TuiRequest } from '../../src/tui/tui.machine.js';
import { runView } from '../../src/tui/model/run-view.js';
import { forkSession } from '../../src/tui/model/session.js';
import { GAUGES } from '../../src/tui/model/gauges.js';
import { baselineSession, seqOfInput } from './helpers.js';

const session = baselineSession();
const length = session.run.events.length;

function start(opts: { writePath?: string | null; seq?: number } = {}) {
  const actor = createActor(tuiMachine, { input: { view: runView(session, opts.writePath ?? null), seq: opts.seq ?? 0 } });
  const requests: TuiRequest[] = [];
  actor.on('*', (r) => requests.push(r));
  actor.start();
  const press = (...keys: string[]) => {
    for (const key of keys) actor.send({ type: 'KEY', key });
    return actor.getSnapshot();
  };
  const type = (text: string) => press(...[...text]);
  return { actor, press, type, requests, snap: () => actor.getSnapshot() };
}

describe('the TUI machine: stepping', () => {
  it('→ and ← step one event, clamped to the log; Home and End jump to its ends', () => {
    const t = start();
    expect(t.press('left').context.seq).toBe(0);
    expect(t.press('right', 'right').context.seq).toBe(2);
    expect(t.press('end').context.seq).toBe(length);
    expect(t.press('right').context.seq).toBe(length);
    expect(t.press('pageup').context.seq).toBe(length - 10);
    expect(t.press('home').context.seq).toBe(0);
  });

  it('space plays one event per tick until the end, then stops; space again pauses', () => {
    const t = start({ seq: length - 2 });
    expect(t.press(' ').matches({ mode: { view: 'playing' } })).toBe(true);
    t.actor.send({ type: 'TICK' });
    t.actor.send({ type: 'TICK' });
    expect(t.snap().context.seq).toBe(length);
    t.actor.send({ type: 'TICK' });
    expect(t.snap().matches({ mode: { view: 'browsing' } })).toBe(true);
    t.press('home', ' ');
    expect(t.press(' ').matches({ mode: { view: 'browsing' } })).toBe(true);
  });

  it('+ and - change the speed within its range; ← while playing pauses and steps back', () => {
    const t = start({ seq: 5 });
    const speed0 = t.snap().context.speed;
    expect(t.press('+').context.speed).toBe(speed0 + 1);
    expect(t.press('-', '-', '-', '-').context.speed).toBe(0);
    t.press(' ');
    const s = t.press('left');
    expect(s.matches({ mode: { view: 'browsing' } })).toBe(true);
    expect(s.context.seq).toBe(4);
  });

  it('↑ ↓ select a gauge, wrapping around; Tab cycles the detail pane', () => {
    const t = start();
    expect(t.press('up').context.gauge).toBe(GAUGES.length - 1);
    expect(t.press('down', 'down').context.gauge).toBe(1);
    expect(t.press('tab').context.focus).toBe('event');
    expect(t.press('tab', 'tab').context.focus).toBe('decision');
  });
});

describe('the TUI machine: prompts and overlays', () => {
  it('g goes to the last event on or before a typed date', () => {
    const t = start();
    t.press('g');
    t.type('2024-05-15');
    const s = t.press('enter');
    expect(s.matches({ mode: 'view' })).toBe(true);
    const events = session.run.events;
    expect(s.context.seq).toBe(events.filter((e) => e.date <= '2024-05-15').length);
    expect(events[s.context.seq - 1]!.date).toBe('2024-05-15');
    expect(events[s.context.seq]!.date > '2024-05-15').toBe(true);
  });

  it('a date that is not a day keeps the prompt open with the reason; Esc leaves it', () => {
    const t = start({ seq: 3 });
    t.press('g');
    t.type('2024-02-30');
    const s = t.press('enter');
    expect(s.matches({ mode: 'goTo' })).toBe(true);
    expect(s.context.error).toMatch(/"2024-02-30" is not a date; type one as YYYY-MM-DD/);
    expect(t.press('backspace').context.text).toBe('2024-02-3');
    expect(t.press('escape').context.seq).toBe(3);
  });

  it('q in the go-to prompt is typed, not quit; Ctrl-C quits from anywhere', () => {
    const t = start();
    t.press('g', 'q');
    expect(t.snap().context.text).toBe('q');
    expect(t.press('ctrl+c').matches({ mode: 'quit' })).toBe(true);
  });

  it('q quits from browsing, from playing and from an overlay', () => {
    for (const before of [[], [' '], ['d'], ['e']]) {
      const t = start();
      expect(t.press(...before, 'q').matches({ mode: 'quit' })).toBe(true);
    }
  });

  it('? shows help and any key closes it; d and e toggle their overlays and stepping works inside them', () => {
    const t = start();
    expect(t.press('?').matches({ mode: 'help' })).toBe(true);
    expect(t.press('x').matches({ mode: { view: 'browsing' } })).toBe(true);
    expect(t.press('d').matches({ mode: { view: 'comparing' } })).toBe(true);
    expect(t.press('right').context.seq).toBe(1);
    expect(t.snap().matches({ mode: { view: 'comparing' } })).toBe(true);
    expect(t.press('e').matches({ mode: { view: 'explaining' } })).toBe(true);
    expect(t.press('escape').matches({ mode: { view: 'browsing' } })).toBe(true);
  });

  it('s asks for the scenario list, ↓ and Enter ask to open the chosen file', () => {
    const t = start();
    t.press('s');
    expect(t.requests).toEqual([{ type: 'list' }]);
    t.actor.send({ type: 'SCENARIOS_LISTED', files: ['scenarios/a.yaml', 'scenarios/b.yaml'] });
    t.press('down', 'enter');
    expect(t.requests.at(-1)).toEqual({ type: 'open', file: 'scenarios/b.yaml' });
    expect(t.snap().matches({ mode: 'view' })).toBe(true);
  });

  it('a notice shows until the next key, which still does its work', () => {
    const t = start();
    t.actor.send({ type: 'NOTICE', notice: { kind: 'error', text: 'x.yaml:3:1: bad' } });
    expect(t.snap().context.notice?.text).toBe('x.yaml:3:1: bad');
    const s = t.press('right');
    expect(s.context.notice).toBeNull();
    expect(s.context.seq).toBe(1);
  });
});

describe('the TUI machine: fork and write', () => {
  it('f then Enter on an input with "remove" asks to fork with that input removed, at the cursor', () => {
    const seq = seqOfInput(session, 'cameron-kyiv-remarks');
    const t = start({ seq });
    t.press('f', 'right');
    expect(t.snap().context.form.kind).toBe(1);
    t.press('enter');
    expect(t.requests.at(-1)).toEqual({ type: 'fork', change: { remove: 'cameron-kyiv-remarks' }, at: { seq, date: '2024-05-03' } });
  });

  it('the add form builds an input event from the type, actor, date and summary typed', () => {
    const t = start({ seq: seqOfInput(session, 'cameron-kyiv-remarks') });
    t.press('f', 'down');
    for (let i = 0; i < 4; i++) t.press('right'); // call.held → story.published
    t.press('down');
    for (let i = 0; i < 8; i++) t.press('right'); // kyiv → press
    t.press('down');
    for (let i = 0; i < 10; i++) t.press('backspace');
    t.type('2024-05-22');
    t.press('down');
    t.type('A paper reports the decision');
    t.press('enter');
    expect(t.requests.at(-1)).toMatchObject({
      type: 'fork',
      change: { add: { id: 'press-story-published-2024-05-22', date: '2024-05-22', actor: 'press', type: 'story.published', summary: 'A paper reports the decision', sources: [] } },
    });
    // No force chosen: the input takes the defaults for its type and actor (machines/effects.ts).
    expect((t.requests.at(-1) as { change: { add: object } }).change.add).not.toHaveProperty('effects');
  });

  it('Enter on a form that is not complete keeps it open and says what is missing', () => {
    const t = start({ seq: 0 });
    t.press('f', 'right');
    const s = t.press('enter');
    expect(s.matches({ mode: 'forking' })).toBe(true);
    expect(s.context.form.error).toMatch(/step to an input/);
    t.press('escape');
    expect(t.requests).toEqual([]);
  });

  it('a move to a day outside the years a scenario may hold is refused in the form, so w never writes a file the loader refuses', () => {
    const t = start({ seq: seqOfInput(session, 'cameron-kyiv-remarks') });
    t.press('f', 'right', 'right', 'down', 'down');
    for (let i = 0; i < 10; i++) t.press('backspace');
    t.type('2300-01-01');
    const s = t.press('enter');
    expect(s.matches({ mode: 'forking' })).toBe(true);
    expect(s.context.form.error).toBe('"2300-01-01" is outside the years a scenario may hold, 1900 to 2199');
    for (let i = 0; i < 10; i++) t.press('backspace');
    t.type('2024-05-04');
    t.press('enter');
    expect(t.requests.at(-1)).toMatchObject({ type: 'fork', change: { move: 'cameron-kyiv-remarks', to: '2024-05-04' } });
  });

  it('the set form offers the parameter\'s value and takes a typed one', () => {
    const t = start();
    t.press('f', 'left', 'down');
    const names = Object.keys(session.run.inputs.params);
    for (let i = 0; i < names.indexOf('kyivRequestThreat'); i++) t.press('right');
    t.press('down');
    expect(t.snap().context.form.value).toBe('0.6');
    t.press('backspace', 'backspace', 'backspace');
    t.type('0.8');
    t.press('enter');
    expect(t.requests.at(-1)).toMatchObject({ change: { set: { parameter: 'kyivRequestThreat', value: 0.8 } } });
  });

  it('q with a fork not yet written asks first: q again or y quits, w writes, another key stays; once written, q quits', () => {
    const forked = forkSession(session, { remove: 'cameron-kyiv-remarks' }, { seq: 10, date: '2024-05-03' });
    const t = start();
    t.actor.send({ type: 'RUN_LOADED', view: runView(forked, 'forks/baseline-fork-1.yaml'), seq: 10 });
    expect(t.press('q').matches({ mode: 'confirmQuit' })).toBe(true);
    expect(t.press('x').matches({ mode: 'view' })).toBe(true);
    expect(t.press('q', 'q').matches({ mode: 'quit' })).toBe(true);
    const y = start();
    y.actor.send({ type: 'RUN_LOADED', view: runView(forked, 'forks/baseline-fork-1.yaml'), seq: 10 });
    expect(y.press('q', 'y').matches({ mode: 'quit' })).toBe(true);
    const w = start();
    w.actor.send({ type: 'RUN_LOADED', view: runView(forked, 'forks/baseline-fork-1.yaml'), seq: 10 });
    expect(w.press('q', 'w').matches({ mode: 'writing' })).toBe(true);
    w.press('enter');
    w.actor.send({ type: 'WRITTEN', path: 'forks/baseline-fork-1.yaml' });
    expect(w.press('q').matches({ mode: 'quit' })).toBe(true);
  });

  it('w with nothing forked says so; after a fork it offers the path and asks to write it', () => {
    const t = start();
    t.press('w');
    expect(t.snap().context.notice?.text).toMatch(/nothing to write yet/);
    const forked = forkSession(session, { remove: 'cameron-kyiv-remarks' }, { seq: 10, date: '2024-05-03' });
    t.actor.send({ type: 'RUN_LOADED', view: runView(forked, 'scenarios/baseline-fork-1.yaml'), seq: 10 });
    t.press('w');
    expect(t.snap().context.text).toBe('scenarios/baseline-fork-1.yaml');
    t.press('enter');
    expect(t.requests.at(-1)).toEqual({ type: 'write', path: 'scenarios/baseline-fork-1.yaml' });
    t.actor.send({ type: 'WRITE_FAILED', message: 'scenarios/baseline-fork-1.yaml already exists; choose another name' });
    expect(t.snap().matches({ mode: 'writing' })).toBe(true);
    expect(t.snap().context.error).toMatch(/already exists/);
    t.actor.send({ type: 'WRITTEN', path: 'scenarios/baseline-fork-2.yaml' });
    expect(t.snap().matches({ mode: 'view' })).toBe(true);
    expect(t.snap().context.notice?.text).toBe('wrote scenarios/baseline-fork-2.yaml');
  });
});
