import { describe, expect, it } from 'vitest';
import { ROLE_NAMES, type Role } from '../../machines/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate, simulateReference, simulateUntilAsked } from '../../src/engine/simulate.js';
import { foldRun, milestoneDates } from '../../src/engine/evolve.js';
import { daysBetween } from '../../src/engine/dates.js';
import { ChoiceError } from '../../src/engine/play-session.js';
import { decisionsOf } from '../../src/engine/decisions.js';
import type { PlayerChoice, RunInputs, LogEvent } from '../../src/engine/types.js';

const base = loadScenario('scenarios/baseline.yaml').inputs;
const played = (roles: Role[], choices: PlayerChoice[] = []): RunInputs => ({ ...base, play: { roles, choices } });
const dates = (inputs: RunInputs) => milestoneDates(foldRun(simulate(inputs)));
const choicesOf = (events: readonly LogEvent[]) => events.filter((e) => e.kind === 'input' && e.type === 'player.chose');
const chose = (role: Role, decision: string, option: string, reason?: string): PlayerChoice => ({ role, decision, option, ...(reason ? { reason } : {}) });

describe('playing a role', () => {
  it('each role has its decisions, each with the moves its machine has there', () => {
    expect(decisionsOf('president').map((p) => [p.key, p.options.map((o) => o.option)])).toEqual([
      ['presidentialReview', ['approve', 'refuse', 'defer']],
      ['inPrinciple', ['due-diligence', 'to-principals']],
      ['finalReview', ['approve', 'refuse', 'send-back', 'wait']],
    ]);
    expect(decisionsOf('nsc').map((p) => p.key)).toEqual(['requestReceived', 'deferred', 'principalsReview', 'reworked']);
    expect(decisionsOf('kyiv').map((p) => [p.key, p.options.map((o) => o.option)])).toEqual([
      ['holding', ['press', 'wait']], ['pressing', ['ease', 'wait']], ['pressingAgain', ['ease', 'wait']], ['eased', ['press', 'wait']],
    ]);
  });

  it('a played role given no choices is left to the model: the same milestones as the model\'s run', () => {
    const model = dates(base);
    for (const role of ROLE_NAMES) expect(dates(played([role]))).toEqual(model);
    expect(dates(played([...ROLE_NAMES]))).toEqual(model);
  });

  it('stops at the first decision it has no choice for, and says what it asks', () => {
    const run = simulateUntilAsked(played(['president']));
    const ask = run.play!.paused!;
    expect(ask).toMatchObject({ role: 'president', decision: 'presidentialReview', options: ['approve', 'refuse', 'defer'], model: 'approve', date: '2024-05-15' });
    expect(ask.guards.map((g) => [g.guard, g.holds])).toEqual([['presidentAgreesInPrinciple', true], ['presidentRefuses', false]]);
    expect(run.events).toHaveLength(ask.seq);
    expect(run.events.at(-1)!.type).toBe('recommendation.presented');
    const next = simulateUntilAsked(played(['president'], [chose('president', 'presidentialReview', 'approve')])).play!.paused!;
    expect(next).toMatchObject({ decision: 'inPrinciple', model: 'due-diligence', date: '2024-05-15' });
  });

  it('logs a choice as an input, and the machine takes the player\'s move, not the model\'s', () => {
    const run = simulate(played(['president'], [chose('president', 'presidentialReview', 'refuse', 'not before the election')]));
    const [c] = choicesOf(run.events);
    expect(c).toMatchObject({
      kind: 'input', type: 'player.chose', actor: 'president', date: '2024-05-15', cause: null,
      data: { id: 'choice-1', effects: {}, choice: { role: 'president', machine: 'decision', state: 'path.presidentialReview', option: 'refuse', model: 'approve', reason: 'not before the election' } },
    });
    const after = run.events[c!.seq]!;
    expect(after).toMatchObject({ kind: 'decision', type: 'president.refused', cause: c!.seq, date: '2024-05-15' });
    expect(run.play).toEqual({ unused: [] });
  });

  it('a wait at final review holds the approval back past the model\'s day', () => {
    const model = dates(base);
    const waited = dates(played(['president'], [chose('president', 'finalReview', 'wait')]));
    expect(waited['principals-agree']).toBe(model['principals-agree']);
    expect(waited['final-approval']! > model['final-approval']!).toBe(true);
  });

  it('Kyiv may press before the model would; with no meeting in sight it seeks a call of its own and asks on it', () => {
    const pressedOn = (events: readonly LogEvent[]) => events.find((e) => e.type === 'kyiv.pressing')!.date;
    const model = simulate(base);
    const keepPressing = Array.from({ length: 20 }, () => chose('kyiv', 'pressing', 'wait'));
    const early = simulate(played(['kyiv'], [chose('kyiv', 'holding', 'press'), ...keepPressing]));
    expect(pressedOn(early.events) < pressedOn(model.events)).toBe(true);
    const sought = early.events.find((e) => e.type === 'kyiv.seeks-call')!;
    expect(daysBetween(pressedOn(early.events), sought.date)).toBe(base.params.kyivSeeksCallDays);
    expect(milestoneDates(foldRun(early))['formal-request']).toBe(sought.date);
    // Asked once a day while the model would ease back: fewer asks than choices given.
    expect(early.play!.unused.length).toBeGreaterThan(0);
  });

  it('a choice for a decision the run has not reached waits for it; one never reached is reported unused', () => {
    const c = chose('president', 'finalReview', 'refuse');
    const run = simulate({ ...loadScenario('scenarios/no-kharkiv-offensive.yaml').inputs, play: { roles: ['president'], choices: [c] } });
    expect(choicesOf(run.events)).toEqual([]);
    expect(run.play).toEqual({ unused: [c] });
  });

  it('refuses an option the decision does not have, naming what it has', () => {
    expect(() => simulate(played(['president'], [chose('president', 'presidentialReview', 'wait')])))
      .toThrow(new ChoiceError(0, 'choice 1 (president): "wait" is not an option at presidentialReview; it has approve, refuse, defer'));
  });

  it('the engine and XState\'s reference write the same played log, byte for byte', () => {
    const games: PlayerChoice[][] = [
      [chose('president', 'presidentialReview', 'defer'), chose('nsc', 'deferred', 'wait'), chose('president', 'finalReview', 'send-back')],
      [chose('nsc', 'requestReceived', 'wait'), chose('president', 'inPrinciple', 'to-principals')],
      [chose('kyiv', 'holding', 'press'), chose('president', 'presidentialReview', 'refuse')],
    ];
    for (const choices of games) {
      const inputs = played(['president', 'nsc', 'kyiv'], choices);
      const fast = simulate(inputs);
      expect(choicesOf(fast.events).length).toBeGreaterThan(0);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(simulateReference(inputs)));
    }
  });
});
