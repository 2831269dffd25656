import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { simulate, type ScenarioEvent } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { applyChanges, type Change } from '../../src/scenario/changes.js';
import { firstDivergence } from '../../src/tui/model/divergence.js';
import { extendsRefTo, forkFileText, forkPath } from '../../src/tui/model/fork-file.js';
import { forkSession } from '../../src/tui/model/session.js';
import { compareMilestones, movedText } from '../../src/tui/model/compare.js';
import { timelineRows } from '../../src/tui/model/timeline-rows.js';
import { writeNewFile } from '../../src/tui/write-scenario.js';
import { baselineSession, seqOfInput } from './helpers.js';

const session = baselineSession();
const inputs = session.run.inputs;
const added: Change = {
  add: { id: 'press-story-published-2024-05-22', date: '2024-05-22', actor: 'press', type: 'story.published', summary: 'A paper reports the decision', effects: {}, sources: [] },
};

describe('a fork', () => {
  it('keeps its changes frozen, each one too: the run on screen was made from them, so an edit in place throws', () => {
    const change = structuredClone(added) as { add: ScenarioEvent };
    const fork = forkSession(session, change, { seq: 20, date: null });
    expect(() => { (change.add as { date: string }).date = '2024-05-23'; }).toThrow(TypeError);
    expect(() => (fork.changes as Change[]).push({ remove: 'cameron-kyiv-remarks' })).toThrow(TypeError);
    expect(fork.run.inputs.events.find((e) => e.id === change.add.id)!.date).toBe('2024-05-22');
    expect(session.changes).toEqual([]);
  });

  it('recomputes the run; the timeline parts where the first event differs, and milestones move by whole days or are lost', () => {
    const seq = seqOfInput(session, 'blinken-arrives-kyiv');
    const fork = forkSession(session, { remove: 'blinken-arrives-kyiv' }, { seq, date: '2024-05-14' });
    expect(fork.divergence).toBe(seq);
    expect(fork.run.events.slice(0, seq - 1)).toEqual(session.run.events.slice(0, seq - 1));
    expect(fork.run).toEqual(simulate(applyChanges(inputs, [{ remove: 'blinken-arrives-kyiv' }])));
    const diff = compareMilestones(fork.run, session.run);
    const final = diff.find((d) => d.id === 'final-approval')!;
    expect(final.reference).toBe('2024-05-24');
    // Without the advocacy of Blinken's trip the president defers on 05-15 and agrees two days later.
    expect(final.current).toBe('2024-05-26');
    expect(movedText(final)).toBe('+2 days');
    // By then Washington stands alone and the case is well past the bar: the letter comes in two days, not three.
    const effect = diff.find((d) => d.id === 'in-effect')!;
    expect(effect.days).toBe(1);
    expect(movedText(diff.find((d) => d.id === 'first-public-hint')!)).toBe('same day'); // Blinken's hint of 05-29 stays
    expect(movedText(diff.find((d) => d.id === 'formal-request')!)).toBe('same day');
    const lost = forkSession(session, { set: { parameter: 'principalsSupportThreshold', value: 0.9 } }, { seq: 5, date: null });
    expect(movedText(compareMilestones(lost.run, session.run).find((d) => d.id === 'final-approval')!)).toBe('not reached');
  });

  it('a change that alters nothing leaves no mark; an identical log has no divergence', () => {
    const same = forkSession(session, { set: { parameter: 'kyivRequestThreat', value: inputs.params.kyivRequestThreat } }, { seq: 5, date: null });
    expect(same.changes).toHaveLength(1);
    expect(same.divergence).toBeNull();
    expect(timelineRows(same.run, 5, same.run.events.length + 1, same.divergence).some((r) => r.kind === 'fork')).toBe(false);
    expect(firstDivergence(session.run.events, session.run.events)).toBeNull();
    expect(firstDivergence(session.run.events, session.run.events.slice(0, 10))).toBe(11);
  });

  it('a milestone the fork never reaches reads "not reached"; one only the fork reaches, "newly reached"', () => {
    const none = { id: 'in-effect' as const, label: '', reference: '2024-05-30', current: null, days: null };
    expect(movedText(none)).toBe('not reached');
    expect(movedText({ ...none, reference: null, current: '2024-06-01' })).toBe('newly reached');
  });
});

describe('writing a fork', () => {
  const fork = forkSession(forkSession(session, { remove: 'cameron-kyiv-remarks' }, { seq: 16, date: '2024-05-03' }),
    { set: { parameter: 'kyivRequestThreat', value: 0.8 } }, { seq: 16, date: '2024-05-03' });

  it('writes a scenario that extends the original and lists the changes in the scenario language', () => {
    const text = forkFileText(forkSession(fork, added, { seq: 20, date: null }), 'scenarios/baseline-fork-1.yaml');
    const doc = parse(text);
    expect(doc).toEqual({
      id: 'baseline-fork-1',
      title: expect.stringContaining('what if it removes cameron-kyiv-remarks, and 2 more'),
      summary: expect.stringMatching(/^Forked from baseline at step 16 \(2024-05-03\).*removes cameron-kyiv-remarks; sets kyivRequestThreat to 0\.8 \(model value 0\.6\); adds story\.published by press on 2024-05-22/),
      extends: 'baseline',
      changes: [
        { remove: 'cameron-kyiv-remarks' },
        { set: { parameter: 'kyivRequestThreat', value: 0.8 } },
        (added as { add: unknown }),
      ],
    });
    expect(text).toMatch(/^ {2}- set: \{ parameter: kyivRequestThreat, value: 0\.8 \}$/m);
    expect(text).toMatch(/^ {2}- add: \{ id: press-story-published-2024-05-22, date: 2024-05-22, actor: press, type: story\.published, summary: A paper reports the decision, effects: \{\}, sources: \[\] \}$/m);
  });

  it('writes a scenario that reproduces the fork: loaded and run, it gives the fork\'s events exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-fork-'));
    writeFileSync(join(dir, 'baseline.yaml'), readFileSync('scenarios/baseline.yaml', 'utf8'));
    const at = { seq: seqOfInput(session, 'blinken-briefs-biden'), date: '2024-05-17' };
    const leak: Change = { add: { ...(added as { add: ScenarioEvent }).add, date: '2024-05-20' } };
    let forked = { ...session, origin: { ...session.origin, file: join(dir, 'baseline.yaml') } };
    for (const change of [{ remove: 'blinken-briefs-biden' }, leak, { move: 'stoltenberg-economist-interview', to: '2024-05-20' },
      { set: { parameter: 'principalsSupportThreshold', value: 0.6 } }] as Change[]) forked = forkSession(forked, change, at);
    const path = join(dir, 'baseline-fork-1.yaml');
    writeNewFile(path, forkFileText(forked, path));
    const reloaded = simulate(loadScenario(path).inputs);
    expect(reloaded.events).toEqual(forked.run.events);
    const onDay = reloaded.events.flatMap((e) => (e.kind === 'input' && e.date === '2024-05-20' ? [e.data.id] : []));
    expect(onDay.slice(-2)).toEqual(['stoltenberg-economist-interview', 'press-story-published-2024-05-22']);
  });

  it('offers the first free name in forks/ (never the shipped scenarios/), and extends the original by a path from there', () => {
    const at = { ...fork, origin: { ...fork.origin, file: 'scenarios/baseline.yaml' } };
    expect(forkPath(at, (p) => p === join('forks', 'baseline-fork-1.yaml'))).toBe(join('forks', 'baseline-fork-2.yaml'));
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('forks/');
    expect(extendsRefTo('scenarios/baseline.yaml', 'baseline', join('forks', 'baseline-fork-2.yaml'))).toBe('../scenarios/baseline.yaml');
    expect(extendsRefTo('scenarios/baseline.yaml', 'baseline', 'scenarios/mine.yaml')).toBe('baseline');
  });

  it('never writes over a file, and says plainly when the folder is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-fork-'));
    const at = { ...fork, origin: { ...fork.origin, file: join(dir, 'baseline.yaml') } };
    writeFileSync(join(dir, 'baseline-fork-1.yaml'), 'mine');
    const path = join(dir, 'baseline-fork-2.yaml');
    expect(() => writeNewFile('/nonexistent-dir/x.yaml', 'id: x\n')).toThrow(/^\/nonexistent-dir\/x\.yaml: cannot write: there is no folder \/nonexistent-dir; the fork is still open here; press w to try again; create the folder first/);
    writeNewFile(path, forkFileText(at, path));
    expect(parse(readFileSync(path, 'utf8')).id).toBe('baseline-fork-2');
    expect(() => writeNewFile(join(dir, 'baseline-fork-1.yaml'), 'theirs')).toThrow(/baseline-fork-1\.yaml: already exists; choose another name/);
    expect(readFileSync(join(dir, 'baseline-fork-1.yaml'), 'utf8')).toBe('mine');
    expect(readdirSync(dir).sort()).toEqual(['baseline-fork-1.yaml', 'baseline-fork-2.yaml']);
  });

  it('saves beside temp files a killed redline left under this pid, and leaves them be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-fork-'));
    const stale = [`.mine.yaml.${process.pid}.tmp`, ...Array.from({ length: 64 }, (_, i) => `.mine.yaml.${process.pid}.${i}.tmp`)];
    for (const name of stale) writeFileSync(join(dir, name), 'left by a killed run');
    writeNewFile(join(dir, 'mine.yaml'), 'id: mine\n');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('id: mine\n');
    expect(readdirSync(dir).sort()).toEqual(['mine.yaml', ...stale].sort());
  });
});
