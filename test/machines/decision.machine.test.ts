import { describe, expect, it } from 'vitest';
import { decisionMachine } from '../../machines/index.js';
import { drive } from '../helpers/machine.js';
import { CLOSE_CASE, NEAR_CASE, NO_CASE, STRONG_CASE } from '../helpers/ledgers.js';

const path = (d: ReturnType<typeof drive>) => (d.value as any).path;
const publicity = (d: ReturnType<typeof drive>) => (d.value as any).publicity;

/** A machine that has reached the given stage of the path on a strong case. */
function upTo(stage: 'drafting' | 'dueDiligence' | 'finalApproval' | 'quietPeriod' | 'inEffect', ledger = STRONG_CASE) {
  const d = drive(decisionMachine, { ledger });
  d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
  if (stage === 'drafting') return d;
  d.elapse(); // memo drafting
  if (stage === 'dueDiligence') return d;
  d.elapse(); // due diligence
  d.elapse(); // consensus memo
  if (stage === 'finalApproval') return d;
  d.elapse(); // letter drafting
  if (stage === 'quietPeriod') return d;
  d.elapse(); // planning
  return d;
}

describe('decision machine: given events → state', () => {
  it('starts restricted and secret', () => {
    const d = drive(decisionMachine);
    expect(d.value).toEqual({ path: 'restricted', publicity: 'secret' });
  });

  it('ignores a ledger change while nobody has asked', () => {
    const d = drive(decisionMachine, { ledger: STRONG_CASE });
    d.setLedger({ internalAdvocacy: 1 });
    expect(path(d)).toBe('restricted');
  });

  it('a request with a strong case: advisors agree at once and draft a memo, in one day rather than two (pace)', () => {
    const d = upTo('drafting');
    expect(path(d)).toBe('recommendationDrafting');
    expect(d.records).toEqual(['request.received', 'advisors.agreed']);
    expect(d.timers).toEqual([1]); // full urgency: half of the two days comes off
  });

  it('a case short of the president\'s bar gets the memo\'s recorded two days', () => {
    const d = upTo('drafting', CLOSE_CASE);
    expect(path(d)).toBe('recommendationDrafting');
    expect(d.timers).toEqual([2]);
  });

  it('a request with a weak case waits in requestReceived until the ledger moves', () => {
    const d = drive(decisionMachine, { ledger: NO_CASE });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    expect(path(d)).toBe('requestReceived');
    d.setLedger(STRONG_CASE);
    expect(path(d)).toBe('recommendationDrafting');
  });

  it('the memo reaches the president, who agrees in principle and orders due diligence', () => {
    const d = upTo('dueDiligence');
    expect(path(d)).toEqual({ approved: 'dueDiligence' });
    expect(d.records.slice(-3)).toEqual(['recommendation.presented', 'president.approved-in-principle', 'due-diligence.ordered']);
    expect(d.timers).toEqual([4]); // the week, less three days (7 × 0.5 rounded down) at full urgency
  });

  it('a president with little restraint waives due diligence and goes to the principals', () => {
    const d = drive(decisionMachine, { ledger: { ...STRONG_CASE, presidentCaution: 0.1, escalationRisk: 0.1 } });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    d.elapse();
    expect(d.records).not.toContain('due-diligence.ordered');
    expect(d.records.at(-1)).toBe('principals.agreed');
  });

  it('a close case (enough for the advisors, not the president): the president defers and tells Kyiv', () => {
    const d = drive(decisionMachine, { ledger: CLOSE_CASE });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    d.elapse();
    expect(path(d)).toBe('deferred');
    expect(d.emitted).toContain('DECISION_DEFERRED');
  });

  it('a deferral is reconsidered as soon as the case grows enough: Sullivan brings it back', () => {
    const d = drive(decisionMachine, { ledger: CLOSE_CASE });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' }).elapse();
    d.setLedger({ internalAdvocacy: 0.6 }); // more, but not enough
    expect(path(d)).toBe('deferred');
    d.setLedger(STRONG_CASE);
    expect(path(d)).toEqual({ approved: 'dueDiligence' });
    expect(d.records.slice(-4)).toEqual(['president.deferred', 'recommendation.presented', 'president.approved-in-principle', 'due-diligence.ordered']);
  });

  it('a re-request from Kyiv also reopens a deferral', () => {
    const d = drive(decisionMachine, { ledger: CLOSE_CASE });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' }).elapse();
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'deep-strikes' });
    expect(path(d)).toBe('deferred'); // another request's business
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    expect(path(d)).toBe('recommendationDrafting');
  });

  it('no case: the president refuses outright and a later request starts over', () => {
    const d = drive(decisionMachine, { ledger: NO_CASE, params: { advisorsSupportThreshold: 0 } });
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    d.elapse();
    expect(path(d)).toBe('refused');
    expect(d.emitted).toContain('DECISION_REFUSED');
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    expect(path(d)).toBe('recommendationDrafting');
  });

  it('principals who do not agree hold the decision until the case grows', () => {
    const d = upTo('dueDiligence');
    d.setLedger({ ...CLOSE_CASE, presidentCaution: 0.1, escalationRisk: 0.1, internalAdvocacy: 0, alliedIsolation: 0, congressPressure: 0 });
    d.elapse();
    expect(path(d)).toEqual({ approved: 'principalsReview' });
    d.setLedger(STRONG_CASE);
    expect(path(d)).toEqual({ approved: 'principalsAgreed' });
  });

  it('final review waits while restraint outweighs the case, then approves when it no longer does', () => {
    const d = upTo('dueDiligence');
    d.elapse();
    d.setLedger(NEAR_CASE); // the principals' bar is met, the president's is not, by a little
    d.elapse();
    expect(path(d)).toEqual({ approved: 'finalReview' });
    d.setLedger(STRONG_CASE);
    expect(path(d)).toEqual({ approved: 'finalApproval' });
    expect(d.timers).toEqual([2]); // the letter: three days less one at full urgency
  });

  it('final review well short of the bar sends the case back for due diligence, which returns once the case clears the in-principle bar', () => {
    const d = upTo('dueDiligence');
    d.elapse();
    d.setLedger(NEAR_CASE);
    d.elapse();
    expect(path(d)).toEqual({ approved: 'finalReview' }); // close: he waits
    d.setLedger(CLOSE_CASE); // −0.21: below the in-principle bar, above a refusal
    expect(path(d)).toEqual({ approved: 'sentBack' });
    expect(d.records.at(-1)).toBe('president.sent-back');
    expect(d.timers).toEqual([7]); // a case short of the bar is reworked at the recorded pace
    d.elapse();
    expect(path(d)).toEqual({ approved: 'reworked' }); // done again, but the case has not grown: it waits
    expect(d.records.at(-1)).toBe('due-diligence.redone');
    d.setLedger(STRONG_CASE);
    expect(path(d)).toEqual({ approved: 'principalsAgreed' });
  });

  it('final review far short of the bar is a refusal; a new request reopens it', () => {
    const d = upTo('dueDiligence');
    d.elapse();
    d.setLedger(NEAR_CASE);
    d.elapse();
    d.setLedger(NO_CASE);
    expect(path(d)).toBe('refused');
    expect(d.emitted).toContain('DECISION_REFUSED');
    d.setLedger(STRONG_CASE);
    expect(path(d)).toBe('refused'); // a no stands until Kyiv asks again
    d.send({ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' });
    expect(path(d)).toBe('recommendationDrafting');
  });

  it('final approval → letter after three days → quiet period → in effect after three more', () => {
    const d = upTo('quietPeriod');
    expect(path(d)).toEqual({ approved: 'quietPeriod' });
    expect(d.emitted).toContain('LETTER_SENT');
    d.elapse();
    expect(path(d)).toBe('inEffect');
    expect(publicity(d)).toBe('confirmed');
    expect(d.snapshot.status).toBe('done');
  });

  it('public remarks by an official before the letter reveal nothing', () => {
    const d = upTo('finalApproval');
    d.send({ type: 'REMARKS_MADE', by: 'state', setting: 'public' });
    expect(publicity(d)).toBe('secret');
  });

  it('after the letter, an official\'s public remarks are the first hint', () => {
    const d = upTo('quietPeriod');
    d.send({ type: 'REMARKS_MADE', by: 'russia', setting: 'public' });
    expect(publicity(d)).toBe('secret');
    d.send({ type: 'REMARKS_MADE', by: 'state', setting: 'closed' });
    expect(publicity(d)).toBe('secret');
    d.send({ type: 'REMARKS_MADE', by: 'state', setting: 'public' });
    expect(publicity(d)).toBe('signalled');
  });

  it('a story after approval in principle is a leak; before it, only speculation', () => {
    const early = drive(decisionMachine, { ledger: STRONG_CASE });
    early.send({ type: 'NEWS_BROKE' });
    expect(publicity(early)).toBe('secret');
    const d = upTo('dueDiligence');
    d.send({ type: 'NEWS_BROKE' });
    expect(publicity(d)).toBe('leaked');
    expect(d.records.at(-1)).toBe('decision.leaked');
  });

  it('a story once the policy is in effect is not a leak', () => {
    const d = upTo('inEffect');
    d.send({ type: 'NEWS_BROKE' });
    expect(publicity(d)).toBe('confirmed');
  });
});
