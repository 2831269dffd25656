import { beforeAll, describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { bands, dayOf, pairedShifts, rankQuantile, runMembers, type MemberDays } from '../../src/sweep/ensemble/answers.js';
import { chooseMembers, type Chosen } from '../../src/sweep/ensemble/choose.js';
import { fixtureEnsemble } from '../helpers/ensemble.js';

let chosen: Chosen;
let base: MemberDays;
let fork: MemberDays;
let forkFile: string;
beforeAll(async () => {
  const fx = await fixtureEnsemble();
  forkFile = fx.scenario('allies-hold-back');
  chosen = chooseMembers([loadScenario(forkFile)], {})!;
  base = runMembers(chosen.members, loadScenario(fx.scenario('baseline')).inputs, 0);
  fork = runMembers(chosen.members, loadScenario(forkFile).inputs, 0);
}, 60_000);

describe('answers over an ensemble', () => {
  it('runs the members the same on 0 or 2 workers', () => {
    expect(runMembers(chosen.members, loadScenario(forkFile).inputs, 2).days).toEqual(fork.days);
  });

  it('every member of a calibrated ensemble reaches all nine milestones on its own scenario', () => {
    expect(bands(base).map((b) => b.share)).toEqual(MILESTONE_IDS.map(() => 1));
  });

  it('a milestone\'s band: the share reached, and p10 ≤ median ≤ p90, each a day some member had', () => {
    for (const [m, b] of bands(fork).entries()) {
      const had = new Set(Array.from({ length: fork.count }, (_, i) => dayOf(fork, i, m)));
      expect(b.share).toBe(b.reached / fork.count);
      if (b.reached === 0) expect(b.median).toBeNull();
      else {
        expect(b.p10! <= b.median! && b.median! <= b.p90!).toBe(true);
        for (const d of [b.p10, b.median, b.p90]) expect(had.has(d!)).toBe(true);
      }
    }
  });

  it('paired shifts: earlier, same day, later and never add up to every member; a scenario against itself is the same day', () => {
    for (const s of pairedShifts(base, fork)) expect(s.earlier + s.same + s.later + s.never).toBe(s.members);
    for (const s of pairedShifts(base, base)) {
      expect(s.same).toBe(s.members);
      expect(s.medianShift).toBe(0);
    }
  });

  it('counts a milestone lost as later, and one gained as earlier', () => {
    const days = (xs: number[]) => ({ count: 1, days: Int32Array.from([...xs, ...MILESTONE_IDS.slice(xs.length).map(() => 5)]) });
    const [lost, gained, later] = pairedShifts(days([3, -1, 4]), days([-1, 2, 6]));
    expect(lost).toMatchObject({ never: 1, neither: 0 });
    expect(gained).toMatchObject({ earlier: 1 });
    expect(later).toMatchObject({ later: 1, medianShift: 2 });
  });

  it('rankQuantile picks a value of the list by nearest rank', () => {
    expect(rankQuantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(rankQuantile([1, 2, 3, 4], 0.1)).toBe(1);
    expect(rankQuantile([1, 2, 3, 4], 0.9)).toBe(4);
    expect(rankQuantile([7], 0.5)).toBe(7);
  });
});
