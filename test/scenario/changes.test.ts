import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../machines/index.js';
import { simulate, type RunInputs } from '../../src/engine/index.js';
import { ChangeError, applyChanges, tryApplyChanges } from '../../src/scenario/changes.js';
import { loadScenario } from '../../src/scenario/load.js';
import { tempFolder, whatIf } from '../helpers/scenario.js';

const event = (id: string, date: string) => ({ id, date, actor: 'russia' as const, type: 'threat.issued' as const, summary: id, effects: {}, sources: [] });
const inputs: RunInputs = {
  scenario: { id: 'p', title: 'P' }, params: defaultParams(), seed: 0,
  events: [event('a', '2024-05-01'), event('b', '2024-05-02')],
};

describe('applyChanges', () => {
  it('applies changes in order and leaves the parent\'s inputs as they were', () => {
    const before = JSON.stringify(inputs);
    const out = applyChanges(inputs, [
      { move: 'a', to: '2024-05-20' },
      { remove: 'b' },
      { add: event('b', '2024-05-03') },
      { set: { parameter: 'dueDiligenceDays', value: 3 } },
    ]);
    expect(out.events.map((e) => [e.id, e.date])).toEqual([['a', '2024-05-20'], ['b', '2024-05-03']]);
    expect(out.params.dueDiligenceDays).toBe(3);
    expect(out.scenario).toEqual(inputs.scenario);
    expect(JSON.stringify(inputs)).toBe(before);
  });

  it('freezes the what-if and the parent\'s parts it shares: an edit in place, which would change the parent\'s run too, throws', () => {
    const parent = structuredClone(inputs);
    const before = JSON.stringify(simulate(parent).events);
    const out = applyChanges(parent, [{ move: 'a', to: '2024-05-20' }]);
    expect(out.events[1]).toBe(parent.events[1]); // b is untouched: shared, not copied
    expect(() => { (out.events[1] as { date: string }).date = '2024-05-30'; }).toThrow(TypeError);
    expect(() => { (out.params as { dueDiligenceDays: number }).dueDiligenceDays = 9; }).toThrow(TypeError);
    expect(() => (out.events as unknown[]).push(event('c', '2024-05-04'))).toThrow(TypeError);
    expect(JSON.stringify(simulate(parent).events)).toBe(before);
  });

  it('throws one ChangeError listing every change that could not apply, with where in the change', () => {
    let error: unknown;
    try {
      applyChanges(inputs, [{ remove: 'zzzz' }, { set: { parameter: 'speed', value: 1 } }, { add: event('a', '2024-05-09') }, { move: 'b', to: '2024-06-31' }]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ChangeError);
    expect((error as ChangeError).problems.map((p) => [p.index, p.path.join('.')])).toEqual([[0, 'remove'], [1, 'set.parameter'], [2, 'add.id'], [3, 'to']]);
    expect((error as ChangeError).message).toMatch(/^changes.0.remove: no event "zzzz" to remove; the events at this point: a, b$/m);
  });

  it('tryApplyChanges applies the good changes and reports the bad ones, for an editor that shows both', () => {
    const { inputs: out, problems } = tryApplyChanges(inputs, [{ remove: 'x' }, { remove: 'a' }]);
    expect(out.events.map((e) => e.id)).toEqual(['b']);
    expect(problems).toHaveLength(1);
  });
});

describe('the same-day order of changed inputs', () => {
  const three: RunInputs = {
    ...inputs,
    events: [event('a', '2024-05-01'), event('b', '2024-05-02'), event('c', '2024-05-02')],
  };
  const order = (i: RunInputs) => simulate(i).events.flatMap((e) => (e.kind === 'input' ? [`${e.data.id}@${e.date}`] : []));

  it('an added input runs after the inputs already on its day', () => {
    expect(order(applyChanges(three, [{ add: event('x', '2024-05-02') }]))).toEqual(['a@2024-05-01', 'b@2024-05-02', 'c@2024-05-02', 'x@2024-05-02']);
  });

  it('a moved input keeps its place in the list among its new day\'s inputs', () => {
    expect(order(applyChanges(three, [{ move: 'a', to: '2024-05-02' }]))).toEqual(['a@2024-05-02', 'b@2024-05-02', 'c@2024-05-02']);
    expect(order(applyChanges(three, [{ move: 'b', to: '2024-05-01' }]))).toEqual(['a@2024-05-01', 'b@2024-05-01', 'c@2024-05-02']);
  });

  it('a scenario file listing the same changes runs its inputs in the same order when loaded', () => {
    const yamlEvent = (id: string, date: string) =>
      `  - { id: ${id}, date: ${date}, actor: russia, type: threat.issued, summary: ${id}, effects: {}, sources: [] }\n`;
    const { path } = tempFolder({
      'p.yaml': `id: p\ntitle: P\nsummary: Three threats.\nevents:\n${yamlEvent('a', '2024-05-01')}${yamlEvent('b', '2024-05-02')}${yamlEvent('c', '2024-05-02')}`,
      'w.yaml': whatIf('w', 'p', `changes:\n  - move: a\n    to: 2024-05-02\n  - add:\n${yamlEvent('x', '2024-05-02').replace('  - ', '      ')}  - move: b\n    to: 2024-05-03\n`),
    });
    const changes = [{ move: 'a', to: '2024-05-02' }, { add: event('x', '2024-05-02') }, { move: 'b', to: '2024-05-03' }];
    const expected = ['a@2024-05-02', 'c@2024-05-02', 'x@2024-05-02', 'b@2024-05-03'];
    expect(order(applyChanges(three, changes))).toEqual(expected);
    expect(order(loadScenario(path('w.yaml')).inputs)).toEqual(expected);
  });
});
