import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { parse } from 'yaml';
import { KEYS, renderApp } from './app-harness.js';
import { forkSession } from '../../src/tui/model/session.js';
import { openScenario } from '../../src/tui/open-scenario.js';
import { baselineSession, seqOfInput } from './helpers.js';
import { compareMilestones, movedText } from '../../src/tui/model/compare.js';
import { simulate, type RunResult } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { num } from '../../src/explain/format.js';

afterEach(cleanup);
const length = baselineSession().run.events.length;
const type = (text: string) => [...text];
/** The compare pane's final-approval row for a run against a reference, as compare.ts words it. */
const finalRow = (run: RunResult, reference: RunResult) => {
  const d = compareMilestones(run, reference).find((x) => x.id === 'final-approval')!;
  return new RegExp(`final-approval\\s+${d.reference ?? '—'}\\s+${d.current ?? '—'}\\s+${movedText(d).replace('+', '\\+')}`);
};

describe('the terminal UI, key by key', () => {
  it('opens at the start: header, timeline, the decision path and the gauge the next guard reads', () => {
    const { frame } = renderApp();
    expect(frame()).toContain(`start step 0/${length} restricted · secret`);
    expect(frame()).toMatch(/▶ ····· start/);
    expect(frame()).toMatch(/▶ restricted/);
    // Kyiv asks once the danger to Kharkiv reaches kyivRequestThreat: that threshold is drawn.
    expect(frame()).toMatch(/danger to Kharkiv\s+█+░*┃░*\s+0\.12 ≥0\.60/);
  });

  it('→ steps to the first event, End to the last, Home back to the start', async () => {
    const { press } = renderApp();
    expect(await press([KEYS.right], `2023-10-15 step 1/${length}`)).toMatch(/▶ 10-15 ● aid-dries-up/);
    expect(await press([KEYS.end], `step ${length}/${length} in effect · confirmed`)).toMatch(/✓ quiet period/);
    await press([KEYS.home], `step 0/${length}`);
  });

  it('Tab shows the event pane: the event in full with its effect on the ledger and its sources', async () => {
    const { press } = renderApp();
    await press([KEYS.right], 'step 1/');
    const f = await press([KEYS.tab], 'Event #1 of');
    expect(f).toContain('● input aid.stalled · aid-dries-up');
    expect(f).toMatch(/Ukraine's ammunition and air defence −0\.15 {2}0\.70 → 0\.55/);
    expect(f).toContain('Caused');
    expect(f).toMatch(/#2 2023-10-15 congress\.aid-stalled/);
    expect(f).toContain('wapo-2024-05-30');
    expect(f).toContain('The Washington Post, 2024-05-30: Biden allows');
  });

  it('a decision shows the guard that let it in, with value, threshold and margin, and what caused it', async () => {
    const { goTo, press } = renderApp();
    const e = baselineSession().run.events.find((x) => x.type === 'advisors.agreed')!;
    await goTo(e.seq);
    const f = await press([KEYS.tab], `Event #${e.seq} of`);
    expect(f).toContain('Guard: advisors agree to recommend');
    const g = e.kind === 'decision' ? e.data.guard! : undefined;
    expect(f).toContain(`Sullivan, Austin, Brown decide: case for lifting ${num(g!.value)} ≥ ${num(g!.threshold)}`);
    expect(f).toContain(`held by +${num(g!.margin)}`);
    expect(f).toMatch(/Caused by\s*│[^\n]*\n[^\n]*request\.received ← kyiv\.requested ← secure-video-call/);
    expect(f).toContain('Sources (via secure-video-call)');
  });

  it('↓ selects a gauge and Blame lists the events that moved it, each with its step and date', async () => {
    const { press } = renderApp();
    await press([KEYS.end], `step ${length}/`);
    const f = await press([KEYS.down, KEYS.tab, KEYS.tab], 'Blame · case for lifting');
    expect(f).toMatch(/#\d+\s+2024-05-10\s+\+0\.\d+\s+\d\.\d+\s+kharkiv-offensive-begins/);
    expect(f).toMatch(/#\d+\s+2024-05-17\s+\+0\.\d+\s+\d\.\d+\s+blinken-briefs-biden/);
  });

  it('g goes to a date; a date that is not a day is refused in the prompt', async () => {
    const { press } = renderApp();
    const bad = await press([...type('g2024-02-30'), KEYS.enter], /"2024-02-30" is not a date/);
    expect(bad).toContain(`step 0/${length}`);
    expect(await press([KEYS.escape, ...type('g2024-05-22'), KEYS.enter], /2024-05-22 step \d+\/\d+ principals agreed/)).toMatch(/✓ due diligence/);
  });

  it('s opens the picker; a scenario with errors shows the loader\'s file:line messages and the TUI stays usable', async () => {
    const { press } = renderApp();
    const picker = await press(['s'], 'Open a scenario');
    // each file with its scenario's title, and one that does not load said so before it is opened
    expect(picker).toMatch(/scenarios\/baseline\.yaml\s+The historical record, autumn 2023/);
    expect(picker).toMatch(/test\/fixtures\/broken\.yaml\s+does not load \(Enter shows why\)/);
    const f = await press([KEYS.down, KEYS.enter], 'Error · any key dismisses it');
    expect(f).toContain('test/fixtures/broken.yaml:6:11: "2024-02-30" is not a');
    expect(f).toContain('test/fixtures/broken.yaml:21:5: unknown field "efects" in');
    const after = await press([KEYS.right], `step 1/${length}`);
    expect(after).not.toContain('Error ·');
  });

  it('d compares milestones with the reference; e explains the next milestone with its shortfall', async () => {
    const { press } = renderApp();
    const cmp = await press(['d'], 'Compare with baseline');
    expect(cmp).toMatch(/in-effect\s+2024-05-30\s+2024-05-30\s+same day/);
    await press([KEYS.escape, ...type('g2024-05-16'), KEYS.enter], 'due diligence · secret');
    const why = await press(['e'], 'Explain the next milestone');
    expect(why).toContain('Next: principals-agree');
    expect(why).toMatch(/7 days of due diligence, due\s*│[^\n]*\n[^\n]*2024-05-22/);
    expect(why).toMatch(/case for lifting is 0\.53/);
    expect(why).toMatch(/short by 0\.02/);
    expect(why).toMatch(/\+0\.\d+ #\d+ 2024-05-10 kharkiv-offensive-begins/);
  });

  it('d on a what-if compares with the scenario it extends; after a fork, with the what-if itself', async () => {
    const { press } = renderApp(undefined, false, openScenario('scenarios/congress-early.yaml'));
    const cmp = await press(['d'], 'Compare with baseline');
    expect(cmp).toContain('Left: baseline. Right: congress-early.');
    expect(cmp).toMatch(finalRow(simulate(loadScenario('scenarios/congress-early.yaml').inputs), baselineSession().run));
    await press([KEYS.escape, ...type('g2024-05-03'), KEYS.enter, KEYS.left], /step \d+\//);
    await press(['f', KEYS.right, KEYS.enter], '⑂ 1 change');
    expect(await press(['d'], 'Compare with congress-early')).toContain('Left: congress-early. Right: this fork.');
  });

  it('f forks: removing an input recomputes the run, marks where it leaves the original, and d shows days moved', async () => {
    const { goTo, press } = renderApp();
    const seq = seqOfInput(baselineSession(), 'blinken-briefs-biden');
    await goTo(seq);
    expect(await press(['f', KEYS.right], 'remove this input')).toMatch(/input\s+blinken-briefs-biden/);
    const forked = await press([KEYS.enter], '⑂ 1 change');
    const fork = forkSession(baselineSession(), { remove: 'blinken-briefs-biden' }, { seq, date: '2024-05-17' });
    const now = fork.run.events[seq - 1]!;
    expect(now.kind === 'input' && now.data.id).toBe('intel-committee-letter');
    expect(forked).toMatch(/⑂ ── the fork parts here ──[^\n]*\n│▶ 05-20 ● intel-committee-letter/);
    expect(forked).toContain(`step ${seq}/${fork.run.events.length} `);
    expect(await press(['d'], 'Compare with baseline')).toMatch(finalRow(fork.run, baselineSession().run));
  });

  it('w writes the fork as a scenario that extends the original, and will not overwrite a file', async () => {
    const { press, files } = renderApp();
    await press([...type('g2024-05-03'), KEYS.enter, KEYS.left], `step ${seqOfInput(baselineSession(), 'cameron-kyiv-remarks')}/`);
    await press(['f', KEYS.right, KEYS.enter], '⑂ 1 change');
    await press(['w'], 'write fork to: forks/baseline-fork-1.yaml');
    await press([KEYS.enter], 'wrote forks/baseline-fork-1.yaml');
    const doc = parse(files.get('forks/baseline-fork-1.yaml')!);
    expect(doc).toMatchObject({ id: 'baseline-fork-1', extends: 'baseline', changes: [{ remove: 'cameron-kyiv-remarks' }] });
    expect(doc.summary).toContain('removes cameron-kyiv-remarks');
    await press(['w', ...Array(6).fill(KEYS.backspace), ...type('1.yaml')], 'write fork to: forks/baseline-fork-1.yaml');
    expect(await press([KEYS.enter], 'already exists')).toContain('write fork to:');
  });

  it('q after a fork asks before the fork is lost; another key goes back to it, w writes it', async () => {
    const { press, frame } = renderApp();
    await press([...type('g2024-05-03'), KEYS.enter, KEYS.left], 'step ');
    await press(['f', KEYS.right, KEYS.enter], '⑂ 1 change');
    expect(await press(['q'], 'quit without writing the fork?')).toContain('q or y quit · w write it');
    await press(['x'], 'step ');
    expect(frame()).not.toContain('quit without writing');
    expect(await press(['q', 'w'], 'write fork to: forks/baseline-fork-1.yaml')).toContain('Enter write');
  });

  it('? shows every key; any key closes the help', async () => {
    const { press } = renderApp();
    const help = await press(['?'], 'Keys');
    expect(help).toMatch(/Home \/ End\s+the start \/ the end of the run/);
    expect(help).toMatch(/w\s+write the fork as a scenario file/);
    expect(await press(['x'], 'Decision path')).not.toContain('any key closes');
  });

  it('space plays and pauses, with the speed in the header', async () => {
    const { press } = renderApp();
    await press([KEYS.space], /▶ 2\/s/);
    await press(['+'], /▶ 4\/s/);
    const paused = await press([KEYS.space], /step \d+\//);
    expect(paused).not.toMatch(/▶ \d+\/s/);
  });
});
