import { describe, expect, it } from 'vitest';
import { alliesMachine, congressMachine, defaultParams, kyivMachine, stateMachine } from '../../machines/index.js';
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
    expect(border(d)).toBe('pressing');
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
    expect(d.value).toBe('washingtonAlone');
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
  });
});
