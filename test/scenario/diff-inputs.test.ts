import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../machines/index.js';
import type { RunInputs, ScenarioEvent } from '../../src/engine/index.js';
import { diffInputs, inputChange, isEmptyDiff } from '../../src/scenario/diff-inputs.js';

const event = (id: string, date: string, more: Partial<ScenarioEvent> = {}): ScenarioEvent => ({
  id, date, actor: 'russia', type: 'threat.issued', summary: id, effects: { escalationRisk: 0.1, presidentCaution: 0.05 }, sources: [], ...more,
});
const a: RunInputs = {
  scenario: { id: 'a', title: 'A' }, params: defaultParams(), seed: 0,
  events: [event('kept', '2024-05-01'), event('moved', '2024-05-02'), event('gone', '2024-05-03'), event('edited', '2024-05-04')],
};

describe('diffInputs', () => {
  it('finds nothing between equal inputs, whatever the order of an event\'s keys', () => {
    const reordered = { ...a, events: a.events.map((e) => ({ ...e, effects: { presidentCaution: 0.05, escalationRisk: 0.1 } })) };
    const d = diffInputs(a, reordered);
    expect(d.changed).toEqual([]);
    expect(isEmptyDiff(d)).toBe(true);
  });

  it('lists inputs moved, removed, added and changed, the fields that changed, then parameters and seed', () => {
    const b: RunInputs = {
      ...a, seed: 3, params: { ...a.params, dueDiligenceDays: 9 },
      events: [
        a.events[0]!, { ...a.events[1]!, date: '2024-05-06' },
        event('edited', '2024-05-04', { effects: { escalationRisk: 0.2, presidentCaution: 0.05 }, level: 'staff' }),
        event('new', '2024-05-05'),
      ],
    };
    const d = diffInputs(a, b);
    expect(d.moved).toEqual([{ id: 'moved', from: '2024-05-02', to: '2024-05-06', days: 4, summary: 'moved' }]);
    expect(d.removed.map((e) => e.id)).toEqual(['gone']);
    expect(d.added.map((e) => e.id)).toEqual(['new']);
    expect(d.changed).toEqual([{ id: 'edited', date: '2024-05-04', fields: ['effects', 'level'], summary: 'edited' }]);
    expect(d.params).toEqual([{ name: 'dueDiligenceDays', from: a.params.dueDiligenceDays, to: 9 }]);
    expect(d.seed).toEqual({ from: 0, to: 3 });
    expect(['moved', 'gone', 'new', 'edited', 'kept'].map((id) => inputChange(d, id)))
      .toEqual(['moved 2024-05-02 → 2024-05-06', 'removed', 'added', 'effects, level changed', undefined]);
  });
});
