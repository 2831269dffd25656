import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../machines/index.js';
import type { RunInputs } from '../../src/engine/index.js';
import { ChangeError, applyChanges, tryApplyChanges } from '../../src/scenario/changes.js';

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
