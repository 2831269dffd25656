import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { renderToString } from 'ink';
import { Screen } from '../../src/tui/Screen.js';
import { modeOf } from '../../src/tui/tui.machine.js';
import { stripAnsi } from './helpers.js';
import { createActor } from 'xstate';
import { MILESTONE_IDS } from '../../machines/index.js';
import { readEnsemble } from '../../src/sweep/ensemble/ensemble-file.js';
import { loadSweepJob } from '../../src/sweep/load-job.js';
import { drawnMembers, membersJob } from '../../src/sweep/members.js';
import { spreads } from '../../src/sweep/ensemble/answers.js';
import { rowWidth } from '../../src/sweep/rows.js';
import { runSweep } from '../../src/sweep/run-sweep.js';
import { warmWorker } from '../../src/sweep/warm-worker.js';
import { App } from '../../src/tui/App.js';
import { DRAWN_MEMBERS, FIRST_MEMBERS, membersFor, summaryLine, type DistView } from '../../src/tui/model/distribution.js';
import { runView } from '../../src/tui/model/run-view.js';
import { forkSession, openSession, type Session } from '../../src/tui/model/session.js';
import { openScenario } from '../../src/tui/open-scenario.js';
import { tuiMachine } from '../../src/tui/tui.machine.js';
import { KEYS, memoryIO } from './app-harness.js';
import { baselineSession } from './helpers.js';
import { milestoneDays } from '../../src/tui/model/distribution.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const opened = openScenario(UNCERTAIN);
const later = (s: Session) => forkSession(s, { set: { parameter: 'dueDiligenceDays', value: 14 } }, { seq: 1, date: null });

afterEach(cleanup);

/** The figures computed here, on this thread, for a session: what the pane must show. */
function expected(session: Session) {
  const m = membersFor(session.origin);
  if (typeof m === 'string') throw new Error(m);
  const packedOf = (job: ReturnType<typeof membersJob>) => {
    const out = new Float64Array(m.count * rowWidth(job));
    runSweep({ job, from: 0, to: m.count, workers: 0, onChunk: (from, p) => out.set(p, from * rowWidth(job)) });
    return { packed: out, k: job.uncertainty.length };
  };
  const original = packedOf(membersJob(m, session.origin.run.inputs));
  return spreads(packedOf(membersJob(m, session.run.inputs)), original, m.count);
}

/** The machine on a session, with every DIST_PROGRESS it gets, and a wait for the last members. */
function machineOn(session: Session) {
  const actor = createActor(tuiMachine, { input: { view: runView(session, null) } }).start();
  const dists: DistView[] = [];
  actor.subscribe((s) => {
    if (s.context.dist && dists.at(-1) !== s.context.dist) dists.push(s.context.dist);
  });
  const all = () => vi.waitFor(() => {
    const d = actor.getSnapshot().context.dist;
    expect(d?.members).toBeGreaterThan(0);
    expect(d?.done).toBe(d?.members);
    expect(d?.spreads).toBeTruthy();
    return d!;
  }, { interval: 5, timeout: 30_000 });
  return { actor, dists, all, key: (k: string) => actor.send({ type: 'KEY', key: k }) };
}

describe('the members a fork is asked of', () => {
  const job = loadSweepJob(UNCERTAIN);
  const m = drawnMembers(job.uncertainty, job.seed, 50, 'test', job.inputs);

  it('are the runs a sweep of the scenario draws, run for run', () => {
    const swept = new Float64Array(50 * rowWidth(job));
    runSweep({ job, from: 0, to: 50, workers: 0, onChunk: (from, p) => swept.set(p, from * rowWidth(job)) });
    const given = membersJob(m, job.inputs);
    const got = new Float64Array(50 * rowWidth(given));
    runSweep({ job: given, from: 0, to: 50, workers: 0, onChunk: (from, p) => got.set(p, from * rowWidth(given)) });
    expect(got).toEqual(swept);
  });

  it('keep a parameter the fork sets, drop the draws of an input it removes, and find moved inputs by id', () => {
    const fork = {
      ...job.inputs, overrides: { ...job.inputs.overrides, dueDiligenceDays: 14 },
      events: job.inputs.events.filter((e) => e.id !== 'armavir-radar-strike').reverse(),
    };
    const j = membersJob(m, fork);
    const keys = j.uncertainty.map((u) => u.key);
    expect(keys).not.toContain('dueDiligenceDays');
    expect(keys).not.toContain('armavir-radar-strike.occurs');
    expect(keys).toHaveLength(job.uncertainty.length - 2);
    for (const u of j.uncertainty) if (u.kind !== 'parameter') expect(fork.events[u.index]!.id).toBe(u.event);
    // An input the fork moves takes the fork's date: its jitter falls away, its other draws stay.
    const moved = { ...job.inputs, events: job.inputs.events.map((e) => (e.id === 'allies-echo-stoltenberg' ? { ...e, date: '2024-05-20' } : e)) };
    expect(membersJob(m, moved).uncertainty.map((u) => u.key)).toEqual(job.uncertainty.map((u) => u.key).filter((k) => k !== 'allies-echo-stoltenberg.jitter_days'));
    const col = job.uncertainty.findIndex((u) => u.key === 'allies-echo-stoltenberg.jitter_days');
    const at = keys.indexOf('allies-echo-stoltenberg.jitter_days');
    for (let i = 0; i < 50; i++) expect(j.given![i * keys.length + at]).toBe(m.draws[i * job.uncertainty.length + col]);
  });

  it('count earlier, the same day, later and never member by member, as diff does, with the median shift of those reached in both', () => {
    // Two members, one milestone column each (k = 0): fork days against the original's.
    const pad = (days: number[]) => Float64Array.from(days.flatMap((d) => [d, ...Array(MILESTONE_IDS.length - 1).fill(0)]));
    const [first] = spreads({ packed: pad([12, -1, 10, 9]), k: 0 }, { packed: pad([10, 10, -1, 9]), k: 0 }, 4);
    expect(first).toMatchObject({ earlier: 1, same: 1, later: 1, never: 1, neither: 0, medianShift: 1, members: 4 });
  });

  it('come from the scenario\'s own ensemble; else its uncertainty block; else its parent\'s ensemble; else none, and the pane says which', () => {
    const shipped = readEnsemble('ensembles/baseline.jsonl').members.length;
    expect(membersFor(baselineSession().origin)).toMatchObject({ kind: 'ensemble', count: shipped, source: `ensembles/baseline.jsonl: ${shipped.toLocaleString('en-US')} calibrated members` });
    expect(membersFor(opened)).toMatchObject({ kind: 'uncertainty', count: DRAWN_MEMBERS, source: `${UNCERTAIN}'s uncertainty block: 1,000 draws, seed 7` });
    expect(membersFor(openScenario('scenarios/no-kharkiv-offensive.yaml'))).toMatchObject({ kind: 'ensemble', count: shipped });
    expect(membersFor(openScenario('test/fixtures/offensive-later.yaml'))).toMatch(/no ensemble fits, and test\/fixtures\/offensive-later\.yaml has no uncertainty block/);
  });
});

describe('the Distribution pane through the machine', () => {
  it('m computes the scenario\'s members, the first 100 and then all, equal to the same members run here', async () => {
    const t = machineOn(openSession(opened));
    t.key('m');
    expect(t.actor.getSnapshot().matches({ distribution: 'open' })).toBe(true);
    const d = await t.all();
    expect(t.dists.find((x) => x.spreads)?.done).toBe(FIRST_MEMBERS);
    expect(d.spreads).toEqual(expected(openSession(opened)));
    t.key('m');
    expect(t.actor.getSnapshot().matches({ distribution: 'closed' })).toBe(true);
  });

  it('a fork recomputes it, cancelling the run before; stepping goes on while it computes', async () => {
    const t = machineOn(openSession(opened));
    t.key('m');
    const fork = later(openSession(opened));
    t.actor.send({ type: 'RUN_LOADED', view: runView(openSession(opened), null), seq: 0 });
    t.actor.send({ type: 'RUN_LOADED', view: runView(fork, null), seq: 0 });
    const forkedAt = t.dists.length;
    for (let i = 0; i < 5; i++) t.key('right');
    expect(t.actor.getSnapshot().context.seq).toBe(5);
    expect(t.actor.getSnapshot().context.dist?.done ?? 0).toBeLessThan(DRAWN_MEMBERS);
    const d = await t.all();
    const want = expected(fork);
    expect(d.spreads).toEqual(want);
    const fa = want.find((s) => s.id === 'final-approval')!;
    // Two more weeks of due diligence: final approval comes later, or falls past the record's end, in most members.
    expect(fa.later + fa.never - fa.neither).toBeGreaterThan(fa.members / 2);
    expect(summaryLine(want, true)).toMatch(/ (later|never reached) in \d+% of members, median \+\d+ days$/);
    // Every figure shown after the fork is the fork's: none of the cancelled runs came through.
    expect(t.dists.slice(forkedAt).filter((x) => x.spreads && x.done === DRAWN_MEMBERS)).toEqual([d]);
  });

  it('a fork of the baseline is asked of its calibrated ensemble, member by member', async () => {
    const fork = later(baselineSession());
    const t = machineOn(fork);
    t.key('m');
    const d = await t.all();
    expect(d.source).toMatch(/^ensembles\/baseline\.jsonl: /);
    expect(d.spreads).toEqual(expected(fork));
    const fa = d.spreads!.find((s) => s.id === 'final-approval')!;
    expect(fa.later + fa.never - fa.neither).toBeGreaterThan(d.members / 2);
  });

  it('m does nothing while typing in a prompt', () => {
    const t = machineOn(openSession(opened));
    t.key('g');
    t.key('m');
    expect(t.actor.getSnapshot().matches({ distribution: 'closed' })).toBe(true);
    expect(t.actor.getSnapshot().context.text).toBe('m');
  });
});

describe('the Distribution pane on screen', () => {
  it('draws each milestone\'s histogram with this run\'s day, the summary and where its members come from', async () => {
    const { io } = memoryIO();
    const app = render(<App session={openSession(opened)} io={io} color={false} size={{ columns: 160, rows: 44 }} />);
    app.stdin.write('m');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('all 1,000 members'), { interval: 5, timeout: 30_000 });
    const frame = app.lastFrame()!;
    expect(frame).toContain('Distribution');
    expect(frame).toContain(`members: ${UNCERTAIN}'s uncertainty block`);
    expect(frame).toContain('no fork yet');
    expect(frame).toMatch(/\d\d-\d\d +\d\d-\d\d +never/);
    for (const id of MILESTONE_IDS) expect(frame).toMatch(new RegExp(`${id}\\s+[▁▂▃▄▅▆▇█][ ▁▂▃▄▅▆▇█]*\\s+\\d+%`));
    expect(frame).toMatch(/┃ 05-30/);
    app.stdin.write(KEYS.escape);
    await vi.waitFor(() => expect(app.lastFrame()).not.toContain('Distribution'), { interval: 5, timeout: 5000 });
  });
});

describe('the warm worker', () => {
  it('drops a run once the next has started: none of its chunks come through', async () => {
    const w = warmWorker();
    const job = membersJob(membersFor(opened) as never, opened.run.inputs);
    const first: number[] = [];
    const second: number[] = [];
    w.run({ job, runs: 600, first: 100, chunk: 100, onChunk: (from) => first.push(from), onError: (e) => { throw new Error(e); } });
    await new Promise<void>((done) => {
      w.run({ job, runs: 300, first: 100, chunk: 100, onChunk: (from) => { second.push(from); if (from === 200) done(); }, onError: (e) => { throw new Error(e); } });
    });
    w.close();
    expect(first).toEqual([]);
    expect(second).toEqual([0, 100, 200]);
  });
});

describe('the Distribution pane at any size', () => {
  it('fits the frame, no line wider than the terminal, as a fork with all its members', () => {
    const fork = later(openSession(opened));
    const dist: DistView = { source: 'test', members: 1000, done: 1000, spreads: expected(fork) };
    const actor = createActor(tuiMachine, { input: { view: runView(fork, null) } }).start();
    actor.send({ type: 'KEY', key: 'm' });
    actor.send({ type: 'DIST_PROGRESS', dist });
    const snap = actor.getSnapshot();
    actor.stop();
    expect(milestoneDays(fork.run)).toHaveLength(MILESTONE_IDS.length);
    for (const [columns, rows] of [[80, 24], [100, 30], [160, 40], [60, 20], [40, 12], [24, 8]] as const) {
      const lines = stripAnsi(renderToString(
        <Screen session={fork} context={snap.context} mode={modeOf(snap.value as { mode?: unknown })} distribution columns={columns} rows={rows} />, { columns },
      )).split('\n');
      expect(lines.length, `${columns}×${rows}`).toBe(rows - 1);
      for (const line of lines) expect([...line].length, `${columns}×${rows}: ${line}`).toBeLessThanOrEqual(columns);
      if (columns >= 40) expect(lines.join('\n'), `${columns}×${rows}`).toContain('Distribution');
    }
  });
});

