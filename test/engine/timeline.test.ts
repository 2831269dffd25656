import { describe, expect, it } from 'vitest';
import { createTimeline, foldRun, simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE } from '../helpers/scenario.js';

const run = simulate(loadScenario(BASELINE).inputs);

describe('timeline', () => {
  it('the state at every seq equals a full fold to that seq, with snapshots of any spacing', () => {
    for (const every of [1, 7, 256]) {
      const t = createTimeline(run, every);
      for (let seq = 0; seq <= run.events.length; seq++) expect(t.stateAt(seq)).toEqual(foldRun(run, seq));
    }
  });

  it('the state on a date includes every event of that day and none after', () => {
    const t = createTimeline(run);
    const s = t.stateOn('2024-05-15')!;
    expect(s.milestones['approved-in-principle']?.date).toBe('2024-05-15');
    expect(s.milestones['principals-agree']).toBeNull();
    expect(run.events[s.seq]!.date > '2024-05-15').toBe(true);
  });

  it('before the first event the state is the initial one; an unreal date gives undefined', () => {
    const t = createTimeline(run);
    expect(t.stateOn('2020-01-01')!.seq).toBe(0);
    expect(t.stateOn('2024-02-30')).toBeUndefined();
    expect(t.stateAt(-5).seq).toBe(0);
    expect(t.stateAt(1e9).seq).toBe(run.events.length);
  });
});
