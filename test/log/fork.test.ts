import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { foldRun, milestoneDates, simulate, type ScenarioEvent } from '../../src/engine/index.js';
import { formatLog, parseLog, planFork } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { baselineRun, cli, tempDir } from '../helpers/logs.js';

const run = baselineRun();
const log = parseLog(formatLog(run), 'runs/baseline.jsonl');
const seqOf = (id: string) => run.events.find((e) => e.kind === 'input' && e.data.id === id)!.seq;
const LEAK: ScenarioEvent = {
  id: 'press-leak', date: '2024-05-20', actor: 'press', type: 'story.published',
  summary: 'A newspaper reports the president is weighing a change', effects: { escalationRisk: 0.05 }, sources: [],
};

/** A scenarios folder in a temp dir with a copy of the baseline, a log of it, and an event file. */
function workspace() {
  const dir = tempDir();
  mkdirSync(join(dir, 'scenarios'));
  copyFileSync('scenarios/baseline.yaml', join(dir, 'scenarios', 'baseline.yaml'));
  const logFile = join(dir, 'baseline.jsonl');
  writeFileSync(logFile, formatLog(run));
  const leak = join(dir, 'leak.yaml');
  writeFileSync(leak, 'id: press-leak\ndate: 2024-05-20\nactor: press\ntype: story.published\nsummary: A newspaper reports the president is weighing a change\neffects: { escalationRisk: 0.05 }\nsources: []\n');
  return { dir, logFile, leak, out: join(dir, 'scenarios', 'my-fork.yaml') };
}

describe('planning a fork', () => {
  it('keeps the first N events exactly as recorded, at every fork point a change allows', () => {
    for (const at of [0, 10, 33, 45, run.events.length]) {
      const plan = planFork(log, at, [{ add: { ...LEAK, date: run.events.at(-1)!.date } }]);
      expect(plan.run.events.slice(0, at)).toEqual(run.events.slice(0, at));
    }
  });

  it('refuses changes that would alter the events up to the fork point, saying which and why (all at once)', () => {
    const at = seqOf('blinken-briefs-biden') - 2;
    const date = run.events[at - 1]!.date;
    let message = '';
    try {
      planFork(log, at, [
        { add: { ...LEAK, date: '2024-05-01' } }, { remove: 'cameron-kyiv-remarks' },
        { move: 'secure-video-call', to: '2024-05-20' }, { move: 'blinken-briefs-biden', to: '2024-05-01' },
      ]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n')).toEqual([
      `runs/baseline.jsonl: --add press-leak (2024-05-01): 2024-05-01 is before the fork point (event ${at}, ${date}); date it ${date} or later, or fork at an earlier event`,
      `runs/baseline.jsonl: --remove cameron-kyiv-remarks: "cameron-kyiv-remarks" is event ${seqOf('cameron-kyiv-remarks')}, at or before the fork point (event ${at}, ${date}), which a fork keeps as recorded; fork at an earlier event (--at ${seqOf('cameron-kyiv-remarks') - 1} or less)`,
      `runs/baseline.jsonl: --move secure-video-call=2024-05-20: "secure-video-call" is event ${seqOf('secure-video-call')}, at or before the fork point (event ${at}, ${date}), which a fork keeps as recorded; fork at an earlier event (--at ${seqOf('secure-video-call') - 1} or less)`,
      `runs/baseline.jsonl: --move blinken-briefs-biden=2024-05-01: 2024-05-01 is before the fork point (event ${at}, ${date}); date it ${date} or later, or fork at an earlier event`,
    ]);
  });

  it('refuses a parameter set that would change history before the fork point, naming the first event it moves', () => {
    const pressing = run.events.find((e) => e.type === 'kyiv.pressing')!.seq;
    expect(() => planFork(log, pressing, [{ set: { parameter: 'kyivRequestThreat', value: 0.9 } }]))
      .toThrow(new RegExp(`--set kyivRequestThreat=0.9: changes the run before the fork point \\(event ${pressing}, .*\\): event ${pressing} would be .* instead of kyiv.pressing`));
    expect(planFork(log, pressing - 1, [{ set: { parameter: 'kyivRequestThreat', value: 0.9 } }]).run.events.slice(0, pressing - 1))
      .toEqual(run.events.slice(0, pressing - 1));
  });

  it('names unknown ids with a suggestion, and refuses an id added twice', () => {
    expect(() => planFork(log, 5, [{ remove: 'cameron-kiev-remarks' }])).toThrow(/--remove cameron-kiev-remarks: no input "cameron-kiev-remarks" in the log \(did you mean "cameron-kyiv-remarks"\?\)/);
    expect(() => planFork(log, 5, [{ add: { ...LEAK, id: 'politico-breaks-news' } }])).toThrow(/already has an input "politico-breaks-news"/);
    const n = run.events.length;
    expect(() => planFork(log, n + 1, [{ remove: 'x' }])).toThrow(`--at ${n + 1}: the log has events 1–${n}`);
  });

  it('runs the fork in memory: a stricter bar for the principals delays them and everything after', () => {
    const at = run.events.find((e) => e.type === 'due-diligence.ordered')!.seq;
    const plan = planFork(log, at, [{ set: { parameter: 'principalsSupportThreshold', value: 0.68 } }]);
    const before = milestoneDates(foldRun(run));
    const after = milestoneDates(foldRun(plan.run));
    expect(after['approved-in-principle']).toBe(before['approved-in-principle']);
    expect(after['principals-agree']! > before['principals-agree']!).toBe(true);
    expect(after['in-effect']! > before['in-effect']!).toBe(true);
  });
});

describe('redline fork', () => {
  it('writes a scenario that extends the original and lists the changes in the order given', async () => {
    const w = workspace();
    const at = seqOf('blinken-briefs-biden') - 1;
    const { code, out } = await cli('fork', w.logFile, '--at', String(at), '--remove', 'blinken-briefs-biden', '--add', w.leak,
      '--move', 'politico-breaks-news=2024-06-02', '--set', 'principalsSupportThreshold=0.6', '-o', w.out);
    expect(code).toBe(0);
    const text = readFileSync(w.out, 'utf8');
    expect(text.startsWith(`# Written by "redline fork ${w.logFile} --at ${at}".\n`)).toBe(true);
    const written = parse(text);
    expect(written).toMatchObject({ id: 'my-fork', extends: 'baseline' });
    expect(written.title).toMatch(/forked after event \d+/);
    expect(written.changes).toEqual([
      { remove: 'blinken-briefs-biden' },
      { add: LEAK },
      { move: 'politico-breaks-news', to: '2024-06-02' },
      { set: { parameter: 'principalsSupportThreshold', value: 0.6 } },
    ]);
    expect(out).toMatch(new RegExp(`^wrote .*my-fork\\.yaml: extends baseline, keeps events 1–${at} \\(to ${run.events[at - 1]!.date}\\), then:`));
    expect(out).toMatch(/^milestone\s+baseline\s+my-fork$/m);
  });

  it('writes a scenario that reproduces the fork: loaded and run, it gives the forked run\'s events exactly', async () => {
    const w = workspace();
    const at = seqOf('blinken-briefs-biden') - 1;
    // Same-day order is exercised: the added leak and a moved input land on 2024-05-20 beside three recorded inputs.
    const { code } = await cli('fork', w.logFile, '--at', String(at), '--remove', 'blinken-briefs-biden', '--add', w.leak,
      '--move', 'stoltenberg-economist-interview=2024-05-20', '--move', 'intel-committee-letter=2024-05-22',
      '--set', 'principalsSupportThreshold=0.6', '-o', w.out);
    expect(code).toBe(0);
    const plan = planFork(log, at, [
      { remove: 'blinken-briefs-biden' }, { add: LEAK }, { move: 'stoltenberg-economist-interview', to: '2024-05-20' },
      { move: 'intel-committee-letter', to: '2024-05-22' }, { set: { parameter: 'principalsSupportThreshold', value: 0.6 } },
    ]);
    const reloaded = simulate(loadScenario(w.out).inputs);
    expect(reloaded.events).toEqual(plan.run.events);
    expect(reloaded.initialLedger).toEqual(plan.run.initialLedger);
    const onDay = (day: string) => reloaded.events.flatMap((e) => (e.kind === 'input' && e.date === day ? [e.data.id] : []));
    expect(onDay('2024-05-20')).toEqual(['himes-presses-sullivan', 'contact-group-meets', 'stoltenberg-economist-interview', 'press-leak']);
    expect(onDay('2024-05-22')).toEqual(['intel-committee-letter', 'more-than-a-dozen-allies']);
  });

  it('prints the forked milestones beside the recorded ones', async () => {
    const w = workspace();
    const at = run.events.find((e) => e.type === 'due-diligence.ordered')!.seq;
    const { out } = await cli('fork', w.logFile, '--at', String(at), '--set', 'principalsSupportThreshold=0.68', '-o', w.out);
    const plan = planFork(log, at, [{ set: { parameter: 'principalsSupportThreshold', value: 0.68 } }]);
    const a = milestoneDates(foldRun(run));
    const b = milestoneDates(foldRun(plan.run));
    expect(out).toMatch(new RegExp(`^principals-agree\\s+${a['principals-agree']}\\s+${b['principals-agree']}\\s+\\+\\d+ days$`, 'm'));
    expect(out).toMatch(new RegExp(`^approved-in-principle\\s+${a['approved-in-principle']}\\s+${a['approved-in-principle']}$`, 'm'));
  });

  it('--json prints the written scenario and both runs in run --json\'s shape', async () => {
    const w = workspace();
    const { code, out } = await cli('fork', w.logFile, '--at', '40', '--remove', 'politico-breaks-news', '-o', w.out, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['file', 'scenario', 'recorded', 'fork']);
    expect(json.scenario).toEqual(parse(readFileSync(w.out, 'utf8')));
    expect(json.recorded).toEqual(JSON.parse((await cli('run', 'scenarios/baseline.yaml', '--json', '--single')).out));
    expect(json.fork.scenario).toBe('my-fork');
    expect(Object.keys(json.fork)).toEqual(['scenario', 'milestones', 'finalState', 'events', 'scopes', 'overrides']);
  });

  it('warns when the base file no longer holds the inputs the log recorded', async () => {
    const w = workspace();
    const base = join(w.dir, 'scenarios', 'baseline.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('date: 2024-05-13', 'date: 2024-05-12'));
    const { code, err } = await cli('fork', w.logFile, '--at', '40', '--remove', 'politico-breaks-news', '-o', w.out);
    expect(code).toBe(0);
    expect(err).toBe(`warning: ${base} has changed since the log was recorded; the fork extends the file as it is now`);
  });

  it('names the base by a path relative to the fork when it is not beside it', async () => {
    const w = workspace();
    const out = join(w.dir, 'forks', 'later-signing.yaml');
    writeFileSync(w.leak, readFileSync(w.leak, 'utf8').replace('2024-05-20', '2024-06-10'));
    expect((await cli('fork', w.logFile, '--at', String(run.events.length), '--add', w.leak, '-o', out)).code).toBe(0);
    expect(parse(readFileSync(out, 'utf8')).extends).toBe(relative(dirname(out), resolve('scenarios/baseline.yaml')));
  });

  it('refuses, with exit 2, a change before the fork point, and writes nothing', async () => {
    const w = workspace();
    const { code, err } = await cli('fork', w.logFile, '--at', '40', '--remove', 'cameron-kyiv-remarks', '-o', w.out);
    expect(code).toBe(2);
    expect(err).toMatch(/--remove cameron-kyiv-remarks: "cameron-kyiv-remarks" is event \d+, at or before the fork point/);
    expect(existsSync(w.out)).toBe(false);
  });

  it('never overwrites the output without --force', async () => {
    const w = workspace();
    writeFileSync(w.out, 'id: mine\n');
    const args = ['fork', w.logFile, '--at', '40', '--remove', 'politico-breaks-news', '-o', w.out];
    const refused = await cli(...args);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/my-fork\.yaml: already exists; pass --force to overwrite it, or choose another path/);
    expect(readFileSync(w.out, 'utf8')).toBe('id: mine\n');
    expect((await cli(...args, '--force')).code).toBe(0);
    expect(parse(readFileSync(w.out, 'utf8')).changes).toEqual([{ remove: 'politico-breaks-news' }]);
  });

  it('checks the event file and the command line, exit 2', async () => {
    const w = workspace();
    writeFileSync(w.leak, 'id: press-leak\ndate: 2024-06-31\nactor: press\ntype: story.publish\nsummary: x\n');
    const bad = await cli('fork', w.logFile, '--at', '40', '--add', w.leak, '-o', w.out);
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')).toEqual([
      `${w.leak}:2:7: "2024-06-31" is not a calendar date; expected a real day as YYYY-MM-DD`,
      expect.stringMatching(new RegExp(`^${w.leak}:4:7: type: expected one of .*; found "story.publish" \\(did you mean "story.published"\\?\\)$`)),
    ]);
    expect((await cli('fork', w.logFile, '--at', '40', '--set', 'kyivRequestThreat=high', '-o', w.out)).err).toMatch(/"high" is not a number/);
    expect((await cli('fork', w.logFile, '--at', '40', '--set', 'kyivRequestThreshold=0.5', '-o', w.out)).err).toMatch(/no parameter "kyivRequestThreshold" \(did you mean "kyivRequestThreat"\?\)/);
    expect((await cli('fork', w.logFile, '--at', '40', '--move', 'politico-breaks-news', '-o', w.out)).err).toMatch(/expected <event-id>=<YYYY-MM-DD>/);
    const range = await cli('fork', w.logFile, '--at', '40', '--set', 'kyivRequestThreat=1.5', '-o', w.out);
    expect(range.code).toBe(2);
    expect(range.err).toMatch(/--set kyivRequestThreat=1\.5: kyivRequestThreat is a threshold from 0 to 1; found 1\.5/);
    expect((await cli('fork', w.logFile, '--at', '40', '-o', w.out)).err).toMatch(/fork needs at least one change/);
    expect((await cli('fork', w.logFile, '--at', '40', '--remove', 'x', '-o', join(w.dir, 'My Fork.yaml'))).err).toMatch(/kebab-case/);
    expect((await cli('fork', w.logFile, '--remove', 'x')).code).toBe(2);
    expect(existsSync(w.out)).toBe(false);
  });
});
