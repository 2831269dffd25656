import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { defaultParams } from '../../machines/index.js';
import { writeFileSync } from 'node:fs';
import { InputError } from '../../src/scenario/errors.js';
import { newLoadCache } from '../../src/scenario/load-cache.js';
import { loadScenario, loadScenarios } from '../../src/scenario/load.js';
import { BASELINE, BASELINE_TEXT, tempFolder, whatIf } from '../helpers/scenario.js';

/** Every problem as `file:line:col message`, file relative to the temp folder. */
function problems(dir: string, file: string): string[] {
  try {
    loadScenario(file);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems.map((p) => `${relative(dir, p.file)}:${p.line ?? '-'}:${p.col ?? '-'} ${p.message}`);
  }
  throw new Error('expected the scenario to be rejected');
}

const baseline = loadScenario(BASELINE);
const event = (id: string) => baseline.inputs.events.find((e) => e.id === id)!;

describe('extends', () => {
  it('resolves a parent by its id among the files of the folder, and keeps the parent for comparison', () => {
    const s = loadScenario('scenarios/congress-early.yaml');
    expect(s.parent?.id).toBe('baseline');
    expect(s.inputs.scenario).toEqual({ id: 'congress-early', title: 'Congress passes the supplemental in February' });
    expect(s.inputs.events.find((e) => e.id === 'supplemental-signed')!.date).toBe('2024-02-15');
    expect(s.inputs.events).toHaveLength(baseline.inputs.events.length);
    expect(s.inputs.seed).toBe(baseline.inputs.seed);
  });

  it('resolves a relative path, and a chain of what-ifs applies each file\'s changes in turn', () => {
    const { path } = tempFolder({
      'base.yaml': BASELINE_TEXT,
      'one.yaml': whatIf('one', './base.yaml', 'changes:\n  - remove: cameron-kyiv-remarks\n  - set: { parameter: dueDiligenceDays, value: 3 }\n'),
      'two.yaml': whatIf('two', 'one', 'seed: 7\nchanges:\n  - move: armavir-radar-strike\n    to: 2024-05-26\n  - set: { parameter: dueDiligenceDays, value: 5 }\n'),
    });
    const two = loadScenario(path('two.yaml'));
    expect(two.parent?.id).toBe('one');
    expect(two.parent?.parent?.id).toBe('baseline');
    expect(two.inputs.events.some((e) => e.id === 'cameron-kyiv-remarks')).toBe(false);
    expect(two.inputs.events.find((e) => e.id === 'armavir-radar-strike')!.date).toBe('2024-05-26');
    expect(two.inputs.params).toEqual({ ...defaultParams(), dueDiligenceDays: 5 });
    expect(two.inputs.seed).toBe(7);
  });

  it('an unknown parent id names the ids of the folder and the nearest one', () => {
    const { dir, path } = tempFolder({ 'base.yaml': BASELINE_TEXT, 'w.yaml': whatIf('w', 'basline') });
    expect(problems(dir, path('w.yaml'))).toEqual([
      `w.yaml:4:10 extends: no scenario with id "basline" among the *.yaml files in ${dir} (did you mean "baseline"?); ids there: baseline, w`,
    ]);
  });

  it('a missing parent file is named where extends stands', () => {
    const { dir, path } = tempFolder({ 'w.yaml': whatIf('w', './nope.yaml') });
    expect(problems(dir, path('w.yaml'))).toEqual([`w.yaml:4:10 extends: no scenario file ${path('nope.yaml')}`]);
  });

  it('a cycle is an error naming the chain', () => {
    const { dir, path } = tempFolder({ 'a.yaml': whatIf('a', 'b'), 'b.yaml': whatIf('b', 'c'), 'c.yaml': whatIf('c', './a.yaml') });
    const [p, ...rest] = problems(dir, path('a.yaml'));
    expect(rest).toEqual([]);
    expect(p).toBe(`c.yaml:4:10 extends makes a cycle: ${path('a.yaml')} → ${path('b.yaml')} → ${path('c.yaml')} → ${path('a.yaml')}; a scenario cannot extend itself, even through others`);
  });

  it('a file extending its own id is a cycle too', () => {
    const { dir, path } = tempFolder({ 'a.yaml': whatIf('a', 'a') });
    expect(problems(dir, path('a.yaml'))[0]).toMatch(/^a.yaml:4:10 extends makes a cycle: .*a.yaml → .*a.yaml/);
  });

  it('reports the problems of every file of the chain in one pass, each with its own file, line and column', () => {
    const { dir, path } = tempFolder({
      'base.yaml': BASELINE_TEXT.replace('date: 2024-05-03', 'date: 2024-05-32'),
      'mid.yaml': whatIf('mid', 'baseline', 'changes:\n  - remove: cameron-kyiv-remarks\n  - mvoe: armavir-radar-strike\n'),
      'top.yaml': whatIf('top', 'mid', 'changes:\n  - remove: cameron-kyiv-remarks\n  - set: { parameter: dueDilligenceDays, value: 3 }\n'),
    });
    const ps = problems(dir, path('top.yaml'));
    expect(ps).toHaveLength(4);
    expect(ps[0]).toMatch(/^top.yaml:6:13 no event "cameron-kyiv-remarks" to remove; the events at this point: aid-dries-up, /);
    expect(ps[1]).toMatch(/^top.yaml:7:23 no parameter "dueDilligenceDays" \(did you mean "dueDiligenceDays"\?\); parameters \(machines\/parameters.ts\): initialRussianPressure, /);
    expect(ps[2]).toMatch(/^mid.yaml:7:5 changes.1: expected a change \(move, remove, add, set\); found "mvoe" \(did you mean "move"\?\)/);
    expect(ps[3]).toMatch(/^base.yaml:\d+:11 "2024-05-32" is not a calendar date/);
  });

  it('a file that extends another lists changes, not events; a root file has no changes', () => {
    const { dir, path } = tempFolder({
      'base.yaml': BASELINE_TEXT,
      'w.yaml': whatIf('w', 'baseline', 'events: []\n'),
      'r.yaml': 'id: r\ntitle: r\nsummary: r\nchanges:\n  - remove: x\n',
    });
    expect(problems(dir, path('w.yaml'))).toEqual([expect.stringMatching(/^w.yaml:5:1 a scenario that extends another lists changes, not events/)]);
    expect(problems(dir, path('r.yaml'))).toEqual([expect.stringMatching(/^r.yaml:4:1 changes apply to a parent scenario; name it with "extends: baseline"/)]);
  });
});

describe('reading files once per load', () => {
  it('what-ifs that extend one parent share its parse, and the id check of extends reads no file again', () => {
    const cache = newLoadCache();
    const [a, b] = loadScenarios(['scenarios/congress-early.yaml', 'scenarios/no-blinken-trip.yaml'], cache);
    expect(a!.parent!.inputs).toEqual(b!.parent!.inputs);
    expect([...cache.yaml.keys()].sort()).toEqual(['scenarios/baseline.yaml', 'scenarios/congress-early.yaml', 'scenarios/no-blinken-trip.yaml']);
  });

  it('a parent edited between two loads is read afresh', () => {
    const { path } = tempFolder({ 'base.yaml': BASELINE_TEXT, 'w.yaml': whatIf('w', 'baseline', 'changes:\n  - remove: cameron-kyiv-remarks\n') });
    expect(loadScenario(path('w.yaml')).parent!.title).toBe(baseline.title);
    writeFileSync(path('base.yaml'), BASELINE_TEXT.replace(/^title: .*$/m, 'title: Edited'));
    expect(loadScenario(path('w.yaml')).parent!.title).toBe('Edited');
  });
});

describe('changes', () => {
  const load = (changes: string) => {
    const { dir, path } = tempFolder({ 'base.yaml': BASELINE_TEXT, 'w.yaml': whatIf('w', 'baseline', `changes:\n${changes}`) });
    return { dir, file: path('w.yaml') };
  };

  it('move changes only the date of the event it names', () => {
    const s = loadScenario(load('  - move: blinken-briefs-biden\n    to: 2024-05-20\n').file);
    const moved = s.inputs.events.find((e) => e.id === 'blinken-briefs-biden')!;
    expect(moved).toEqual({ ...event('blinken-briefs-biden'), date: '2024-05-20' });
  });

  it('remove drops the event; add appends a new one with the defaults of an event', () => {
    const s = loadScenario(load([
      '  - remove: putin-tashkent-warning',
      '  - add: { id: putin-quiet-call, date: 2024-05-28, actor: russia, type: threat.issued, summary: A quieter warning, effects: { escalationRisk: 0.05 } }',
    ].join('\n') + '\n').file);
    expect(s.inputs.events.map((e) => e.id)).not.toContain('putin-tashkent-warning');
    expect(s.inputs.events.at(-1)).toEqual({
      id: 'putin-quiet-call', date: '2024-05-28', actor: 'russia', type: 'threat.issued', summary: 'A quieter warning',
      effects: { escalationRisk: 0.05 }, sources: [],
    });
  });

  it('set overrides one parameter of the model and leaves the rest', () => {
    const s = loadScenario(load('  - set: { parameter: aidToFrontDays, value: 21 }\n').file);
    expect(s.inputs.params).toEqual({ ...defaultParams(), aidToFrontDays: 21 });
    expect(s.changes).toEqual([{ set: { parameter: 'aidToFrontDays', value: 21 } }]);
  });

  it('changes apply in order: an event removed earlier cannot be moved later, and the message says which change removed it', () => {
    const { dir, file } = load('  - remove: armavir-radar-strike\n  - move: armavir-radar-strike\n    to: 2024-05-26\n');
    expect(problems(dir, file)[0]).toMatch(/^w.yaml:7:11 no event "armavir-radar-strike" to move \(changes.0 removed it\); the events at this point: /);
  });

  it('touching an id that does not exist lists the ids that do, with the nearest', () => {
    const { dir, file } = load('  - move: supplemental-sign\n    to: 2024-02-15\n');
    const [p] = problems(dir, file);
    expect(p).toMatch(/^w.yaml:6:11 no event "supplemental-sign" to move \(did you mean "supplemental-signed"\?\); the events at this point: aid-dries-up, last-aid-package, /);
    for (const e of baseline.inputs.events) expect(p).toContain(e.id);
  });

  it('reports every bad change, each where it stands: ids, dates, parameters, values, kinds', () => {
    const { dir, file } = load([
      '  - add: { id: cameron-kyiv-remarks, date: 2024-05-01, actor: allies, type: ally.moved, summary: again }',
      '  - move: armavir-radar-strike',
      '    to: 2024-02-30',
      '  - set: { parameter: dueDiligenceDays, value: 2.5 }',
      '  - set: { parameter: initialPresidentCaution, value: 1.5 }',
      '  - remove: x',
      '    move: y',
      '  - add: { id: leak, date: 2024-05-22, actor: press, type: story.publish, summary: s, sources: [politico-2024-5-30] }',
      '  - remove: leak',
    ].join('\n') + '\n');
    expect(problems(dir, file)).toEqual([
      expect.stringMatching(/^w.yaml:6:16 an event "cameron-kyiv-remarks" already exists \(2024-05-03\); pick a new id, or move or remove that one$/),
      'w.yaml:8:9 "2024-02-30" is not a calendar date; expected a real day as YYYY-MM-DD',
      'w.yaml:9:48 dueDiligenceDays is a whole number of days from 0 to 365; found 2.5',
      'w.yaml:10:55 initialPresidentCaution is a level from 0 to 1; found 1.5',
      'w.yaml:11:5 changes.4: one change per item; found move and remove',
      expect.stringMatching(/^w.yaml:13:60 changes.5.add.type: expected one of call.held, .*found "story.publish" \(did you mean "story.published"\?\)/),
      expect.stringMatching(/^w.yaml:13:97 unknown source key "politico-2024-5-30" \(did you mean "politico-2024-05-30"\?\)/),
    ]);
  });
});

describe('expectations in a file', () => {
  const load = (expect_: string) => {
    const { dir, path } = tempFolder({ 'base.yaml': BASELINE_TEXT, 'w.yaml': whatIf('w', 'baseline', `expect:\n${expect_}`) });
    return problems(dir, path('w.yaml'));
  };

  it('reads each form, with its line', () => {
    const { path } = tempFolder({
      'base.yaml': BASELINE_TEXT,
      'w.yaml': whatIf('w', 'baseline', 'expect:\n  - { milestone: final-approval, after: 2024-05-23, orNever: true }\n  - { event: decision.leaked, never: true }\n'),
    });
    expect(loadScenario(path('w.yaml')).expect).toEqual([
      { milestone: 'final-approval', after: '2024-05-23', orNever: true, line: 6 },
      { event: 'decision.leaked', never: true, line: 7 },
    ]);
  });

  it('rejects unknown milestones and events with the nearest, and malformed conditions, each at its line', () => {
    expect(load([
      '  - { milestone: final-aproval, on: 2024-05-24 }',
      '  - { event: decision.leak, on: 2024-05-24 }',
      '  - { milestone: in-effect }',
      '  - { milestone: in-effect, before: 2024-06-01, after: 2024-05-01 }',
      '  - { milestone: in-effect, never: true, orNever: true }',
      '  - { milestone: in-effect, between: [2024-06-01, 2024-05-01] }',
      '  - { milestone: in-effect, event: letter.sent, on: 2024-04-31 }',
    ].join('\n') + '\n')).toEqual([
      expect.stringMatching(/^w.yaml:6:18 expect.0.milestone: expected one of formal-request, .*found "final-aproval" \(did you mean "final-approval"\?\)/),
      expect.stringMatching(/^w.yaml:7:14 the model records no event "decision.leak" \(did you mean "decision.leaked"\?\); recorded events: /),
      'w.yaml:8:5 an expectation states exactly one of on, before, after, between, never; found none',
      'w.yaml:9:5 an expectation states exactly one of on, before, after, between, never; found before and after',
      'w.yaml:10:51 orNever goes with a date condition (after: 2024-05-24, orNever: true), not with never',
      'w.yaml:11:38 between: the first day (2024-06-01) comes after the second (2024-05-01)',
      'w.yaml:12:5 an expectation names a milestone or an event, not both',
      'w.yaml:12:53 "2024-04-31" is not a calendar date; expected a real day as YYYY-MM-DD',
    ]);
  });
});
