import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASELINE } from '../helpers/scenario.js';
import { cli, tempDir } from '../helpers/logs.js';

/* explain and fork on logs that `play --log` wrote: the chain starts where a player's choice overrode the model. */
const dir = tempDir();
const REFUSE = join(dir, 'refuse.jsonl');
const WAIT = join(dir, 'wait.jsonl');
const KYIV = join(dir, 'kyiv.jsonl');
const PLAIN = join(dir, 'baseline.jsonl');

beforeAll(async () => {
  for (const args of [
    ['play', BASELINE, '--as', 'president', '--choose', 'presidentialReview=refuse', '--log', REFUSE],
    ['play', BASELINE, '--as', 'president', '--choose', 'finalReview=wait*3', '--log', WAIT],
    ['play', BASELINE, '--as', 'kyiv', '--choose', 'holding=wait*30', '--log', KYIV],
    ['run', BASELINE, '--single', '--log', PLAIN],
  ]) expect((await cli(...args)).code, args.join(' ')).toBe(0);
}, 60_000);

describe('redline explain LOG', () => {
  it('explains a played log against the model\'s own run, from the choice that overrode a failing guard', async () => {
    const { code, out } = await cli('explain', REFUSE, 'in-effect');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'in-effect in baseline: The historical record, autumn 2023 to June 2024',
      'Policy in effect: 2024-06-06, 7 days later than in the model\'s own run (2024-05-30).',
    ]);
    const why = lines.indexOf('Why it differs from the model\'s own run');
    expect(lines.slice(why + 1, why + 8)).toEqual([
      '  The runs part at approved-in-principle: 2024-05-22 here, 2024-05-15 in the model\'s own run.',
      '  On 2024-05-15 the player (president) chose refuse at presidentialReview; the model would approve.',
      '  The chain:',
      '    → choice-1: refuse (the model: approve)',
      '    → overrode president refuses outright (Biden): it needs case minus restraint < −0.30, read −0.09, short by 0.21; the player moved without it',
      '    → 2024-05-15 The president says no',
      '    → approved-in-principle 2024-05-22 (the model\'s own run 2024-05-15)',
    ]);
    // The path shows the choice and the step it forced, its guard marked as not what let it happen.
    const at = lines.indexOf('  2024-05-15  The player (president) chooses refuse at presidentialReview; the model would approve');
    expect(at).toBeGreaterThan(why);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '              went against president refuses outright, case minus restraint < −0.30: −0.09, short by 0.21',
      '  2024-05-15  The president says no',
      '              the player\'s move, though case minus restraint < −0.30: −0.09, short by 0.21',
    ]);
  });

  it('a declined move that held: the guard it overrode, the path staying, every choice on the path', async () => {
    const { code, out } = await cli('explain', WAIT, 'final-approval');
    expect(code).toBe(0);
    expect(out).toContain('Final presidential approval: 2024-05-29, 5 days later than in the model\'s own run (2024-05-24).');
    expect(out).toContain('    → overrode president gives final approval (Biden): it needs case minus restraint ≥ 0.00, read 0.06, held by 0.06; the player declined the move it allowed\n'
      + '    → the path stayed at finalReview\n'
      + '    → final-approval 2024-05-29 (the model\'s own run 2024-05-24)\n'
      + '  3 of the player\'s choices parted from the model\'s by then');
    expect(out.match(/The player \(president\) chooses wait at finalReview; the model would approve/g)).toHaveLength(3);
    expect(out).toContain('waited from 2024-05-28, until blinken-moldova-remarks');
  });

  it('a milestone never reached: where the path stopped says the guard held and the player waited', async () => {
    const { out } = await cli('explain', KYIV, 'in-effect');
    expect(out).toContain('Policy in effect: never reached; in the model\'s own run on 2024-05-30.');
    expect(out).toContain('Kyiv presses for a formal lift (Zelenskyy, Umerov) needs danger to Kharkiv ≥ 0.60. It held, and the player chose to wait:');
    expect(out).not.toContain('It never held');
  });

  it('--json carries the choice: the first that parted, the guard it overrode, the step it led to', async () => {
    const x = JSON.parse((await cli('explain', REFUSE, 'in-effect', '--json')).out);
    expect(x.contrast).toMatchObject({
      against: { id: 'the model\'s own run' }, here: '2024-06-06', there: '2024-05-30', days: 7, divergence: 'approved-in-principle',
      choice: {
        played: { id: 'choice-1', role: 'president', decision: 'presidentialReview', option: 'refuse', model: 'approve', parted: true, overrode: { guard: 'presidentRefuses', holds: false } },
        led: { type: 'president.refused', chosen: true },
        parted: 1,
      },
    });
    expect(x.contrast.gate).toBeUndefined();
    expect(x.path.find((s: { type: string }) => s.type === 'player.chose')).toMatchObject({ choice: { option: 'refuse' } });
  });

  it('an unplayed log is explained as its scenario would be, with no comparison; --against takes a log', async () => {
    const plain = await cli('explain', PLAIN, 'final-approval');
    const scenario = await cli('explain', BASELINE, 'final-approval');
    expect(plain).toEqual({ code: 0, out: scenario.out, err: '' });
    const against = await cli('explain', PLAIN, 'in-effect', '--against', REFUSE);
    expect(against.out).toContain('Policy in effect: 2024-05-30, 7 days earlier than in baseline (2024-06-06).');
  });

  it('--ensemble with a log is a usage error, exit 2', async () => {
    const r = await cli('explain', REFUSE, 'in-effect', '--ensemble', 'ensembles/baseline.jsonl');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--ensemble: a log is one run');
  });
});

describe('redline fork on a played log', () => {
  it('forks before the first choice that parted, without a warning that the scenario changed', async () => {
    const out = join(dir, 'early.yaml');
    const r = await cli('fork', REFUSE, '--at', '20', '--set', 'weightCaution=0.4', '-o', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/keeps events 1–20 \(to 2024-05-10\)/);
  });

  it('refuses a fork point past it, naming the event and the last point it can take (exit 2)', async () => {
    const r = await cli('fork', REFUSE, '--at', '40', '--set', 'weightCaution=0.4', '-o', join(dir, 'late.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('the played run parts from the model\'s own at event 34 (2024-05-15), before the fork point (event 40, 2024-05-20)');
    expect(r.err).toContain('fork at 33 or earlier');
  });
});
