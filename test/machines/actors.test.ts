import { describe, expect, it } from 'vitest';
import {
  alliesMachine, congressMachine, defaultParams, kyivMachine, nscMachine, pentagonMachine, pressMachine, russiaMachine, stateMachine,
} from '../../machines/index.js';
import { drive } from '../helpers/machine.js';
import { STRONG_CASE } from '../helpers/ledgers.js';

const principalsCall = { type: 'CHANNEL_OPENED', by: 'nsc', kind: 'call', level: 'principals', parties: ['nsc', 'kyiv'] } as const;
const border = (d: ReturnType<typeof drive>) => (d.value as any).border;
const wider = (d: ReturnType<typeof drive>) => (d.value as any).wider;

describe('kyiv', () => {
  it('holds while Kharkiv is not in acute danger, and presses once it is', () => {
    const d = drive(kyivMachine);
    expect(border(d)).toBe('holding');
    d.setLedger({ russianPressure: 1, ukraineStocks: 0 });
    expect(border(d)).toBe('pressing');
  });

  it('asks only on a channel with US principals: a staff visit is not enough', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.send({ ...principalsCall, level: 'staff' });
    expect(border(d)).toBe('pressing');
    d.send(principalsCall);
    expect(border(d)).toBe('awaitingAnswer');
    expect(d.emitted).toEqual(['REQUEST_SUBMITTED']);
  });

  it('a channel without Kyiv on it carries no request', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.send({ ...principalsCall, parties: ['nsc', 'pentagon'] });
    expect(border(d)).toBe('pressing');
  });

  it('after a deferral Kyiv presses again and re-requests at the next channel', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.send(principalsCall);
    d.send({ type: 'DECISION_DEFERRED', scope: 'deep-strikes' });
    expect(border(d)).toBe('awaitingAnswer'); // an answer about another request
    d.send({ type: 'DECISION_DEFERRED', scope: 'kharkiv-border' });
    expect(border(d)).toBe('pressingAgain');
    expect(d.records.at(-1)).toBe('kyiv.presses-again');
    d.send(principalsCall);
    expect(d.emitted).toEqual(['REQUEST_SUBMITTED', 'REQUEST_SUBMITTED']);
  });

  it('pressing with no channel, Kyiv seeks a call of its own after kyivSeeksCallDays and asks on it', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE, params: { kyivSeeksCallDays: 5 } });
    expect(border(d)).toBe('pressing');
    expect(d.timers).toEqual([5]);
    expect(d.elapse()).toBe(5);
    expect(border(d)).toBe('awaitingAnswer');
    expect(d.records.slice(-2)).toEqual(['kyiv.seeks-call', 'kyiv.requested']);
    expect(d.emitted).toEqual(['REQUEST_SUBMITTED']);
  });

  it('a channel before the wait runs out carries the request, and the wait is dropped', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.send(principalsCall);
    expect(d.timers).toEqual([]);
    expect(d.records).not.toContain('kyiv.seeks-call');
  });

  it('after a "no" Kyiv waits for a channel it is given: it does not seek call after call', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.elapse();
    d.send({ type: 'DECISION_REFUSED', scope: 'kharkiv-border' });
    expect(border(d)).toBe('pressingAgain');
    expect(d.timers).toEqual([]);
    d.send(principalsCall);
    expect(d.emitted).toEqual(['REQUEST_SUBMITTED', 'REQUEST_SUBMITTED']);
  });

  it('if the danger eases before a channel opens, Kyiv holds its ask', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.setLedger({ russianPressure: 0.1 });
    expect(border(d)).toBe('eased');
    d.send(principalsCall);
    expect(border(d)).toBe('eased');
  });

  it('the letter starts planning; the policy in effect authorizes counterfire', () => {
    const d = drive(kyivMachine, { ledger: STRONG_CASE });
    d.send(principalsCall).send({ type: 'LETTER_SENT', scope: 'kharkiv-border' });
    expect(border(d)).toBe('planning');
    d.send({ type: 'POLICY_IN_EFFECT', scope: 'kharkiv-border' });
    expect(border(d)).toBe('authorized');
  });

  it('a wider aim is asked for on the next principals channel, whatever the danger to Kharkiv', () => {
    const d = drive(kyivMachine);
    d.send({ type: 'AIM_WIDENED', by: 'kyiv', scope: 'deep-strikes' });
    expect(wider(d)).toBe('pressing');
    d.send(principalsCall);
    expect(wider(d)).toBe('awaitingAnswer');
    expect(border(d)).toBe('holding');
  });
});

describe('congress', () => {
  it('the supplemental refills stocks only after aidToFrontDays, as a model effect', () => {
    const d = drive(congressMachine);
    d.send({ type: 'AID_STALLED', by: 'congress' }).send({ type: 'SUPPLEMENTAL_SIGNED', by: 'congress' });
    expect(d.value).toBe('deliveriesUnderway');
    expect(d.timers).toEqual([defaultParams().aidToFrontDays]);
    d.elapse();
    expect(d.value).toBe('aidAtFront');
    expect(d.records).toEqual(['congress.aid-stalled', 'aid.shipping', 'aid.arrived']);
  });

  it('signing without a recorded stall still starts deliveries', () => {
    const d = drive(congressMachine);
    d.send({ type: 'SUPPLEMENTAL_SIGNED', by: 'congress' });
    expect(d.value).toBe('deliveriesUnderway');
  });
});

describe('allies', () => {
  it('one ally moving breaks ranks; isolation past the threshold leaves Washington alone', () => {
    const d = drive(alliesMachine);
    d.send({ type: 'ALLY_MOVED', by: 'allies' });
    expect(d.value).toBe('breakingRanks');
    d.setLedger({ alliedIsolation: defaultParams().isolationThreshold });
    expect(d.value).toEqual({ washingtonAlone: 'isolated' });
  });

  it('each ally\'s move pushes isolation up; standing alone eases the president\'s caution once', () => {
    const d = drive(alliesMachine);
    d.send({ type: 'ALLY_MOVED', by: 'allies' }).send({ type: 'ALLY_MOVED', by: 'allies' });
    expect(d.records).toEqual(['allies.breaking-ranks', 'allies.breaking-ranks']);
    d.setLedger({ alliedIsolation: 1 });
    d.send({ type: 'ALLY_MOVED', by: 'allies' }).send({ type: 'ALLY_MOVED', by: 'allies' });
    expect(d.records.slice(2)).toEqual(['allies.washington-isolated', 'allies.more-break-ranks', 'allies.more-break-ranks']);
    expect(d.effects).toEqual([
      { alliedIsolation: { param: 'allyMovePush', sign: 1 } }, { alliedIsolation: { param: 'allyMovePush', sign: 1 } },
      { presidentCaution: { param: 'isolationEasesCaution', sign: -1 } },
      { alliedIsolation: { param: 'allyMovePush', sign: 1 } }, { alliedIsolation: { param: 'allyMovePush', sign: 1 } },
    ]);
  });
});

describe('state', () => {
  it('Blinken is convinced in Kyiv and then backs the change with the president', () => {
    const d = drive(stateMachine);
    d.send({ type: 'BRIEFING_GIVEN', by: 'pentagon' });
    expect(d.value).toBe('holdingLine');
    d.send({ type: 'CHANNEL_OPENED', by: 'state', kind: 'trip', level: 'principals', parties: ['state', 'kyiv'] });
    expect(d.value).toBe('seeingForHimself');
    d.send({ type: 'BRIEFING_GIVEN', by: 'state' });
    expect(d.value).toBe('advocating');
    expect(d.effects).toEqual([{ presidentCaution: { param: 'assuranceEase', sign: -1 } }]);
  });
});

describe('stances that move the ledger', () => {
  it('the Pentagon seeing military utility argues for it inside', () => {
    const d = drive(pentagonMachine);
    d.send({ type: 'ASSESSMENT_MADE', by: 'state' });
    expect(d.effects).toEqual([]);
    d.send({ type: 'ASSESSMENT_MADE', by: 'pentagon' });
    expect(d.effects).toEqual([{ internalAdvocacy: { param: 'advocacyPush', sign: 1 } }]);
  });

  it('an advocate inside the NSC argues for lifting', () => {
    const d = drive(nscMachine);
    d.send({ type: 'OFFICIAL_APPOINTED', by: 'nsc' });
    expect(d.effects).toEqual([{ internalAdvocacy: { param: 'advocacyPush', sign: 1 } }]);
  });

  it('each Kremlin warning renews the threat: the feared cost and the president\'s caution rise each time', () => {
    const d = drive(russiaMachine);
    d.send({ type: 'THREAT_ISSUED', by: 'russia' }).send({ type: 'THREAT_ISSUED', by: 'russia' });
    expect(d.records).toEqual(['russia.threatening', 'russia.threatening']);
    expect(d.effects).toHaveLength(2);
    expect(d.effects[1]).toEqual({ escalationRisk: { param: 'threatRisk', sign: 1 }, presidentCaution: { param: 'threatCaution', sign: 1 } });
  });

  it('the press carries each story on to the decision machine as news', () => {
    const d = drive(pressMachine);
    d.send({ type: 'STORY_PUBLISHED', by: 'press' }).send({ type: 'STORY_PUBLISHED', by: 'press' });
    expect(d.emitted).toEqual(['NEWS_BROKE', 'NEWS_BROKE']);
  });
});
