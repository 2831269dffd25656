import { ADMINISTRATION, defaultParams, holds, measure, type GuardName, type MachineId, type ModelEvent } from '../../machines/index.js';
import type { RuleContext, Rules } from './walk.js';

/*
 * The model's invariants, machine by machine, as the records each machine may
 * write and what must have happened first. The walks in machines.test.ts check
 * them on every path xstate/graph finds and on every state a search reaches.
 */

const params = defaultParams();
const guard = (name: GuardName) => (ctx: RuleContext) => holds(name, ctx.ledger, params);
const notGuard = (name: GuardName) => (ctx: RuleContext) => !holds(name, ctx.ledger, params);

const is = (type: ModelEvent['type'], by?: string) => (ctx: RuleContext) => ctx.event.type === type && (by === undefined || ('by' in ctx.event && ctx.event.by === by));

/** A channel that puts Kyiv in front of US principals: the only one that carries a formal request. */
const principalsWithKyiv = (ctx: RuleContext) => ctx.event.type === 'CHANNEL_OPENED' && ctx.event.level === 'principals' && ctx.event.parties.includes('kyiv');
/** A delay of the machine's own running out (XState's `xstate.after.…` event). */
const ownWait = (ctx: RuleContext) => ctx.event.type.startsWith('xstate.after.');
const BORDER = 'kharkiv-border';
const DEEP = 'deep-strikes';

export const RULES: Readonly<Record<MachineId, Rules>> = {
  decision: {
    'request.received': { after: [`REQUEST_SUBMITTED/${BORDER}`] },
    'advisors.agreed': { after: ['request.received'], when: guard('advisorsRecommend') },
    'recommendation.presented': { after: ['advisors.agreed'] },
    'president.deferred': { after: ['recommendation.presented'], when: notGuard('presidentAgreesInPrinciple') },
    'president.refused': { after: ['recommendation.presented'], when: guard('presidentRefuses') },
    'president.approved-in-principle': {
      after: ['recommendation.presented'], when: guard('presidentAgreesInPrinciple'),
      marks: (ctx) => (measure(ctx.ledger, params).restraint < params.dueDiligenceRestraint ? ['due-diligence.waived'] : []),
    },
    'due-diligence.ordered': { after: ['president.approved-in-principle'], when: guard('dueDiligenceNeeded') },
    'principals.convened': { after: ['president.approved-in-principle', ['due-diligence.ordered', 'due-diligence.waived']] },
    'principals.agreed': { after: ['principals.convened'], when: guard('principalsAgree') },
    'consensus.presented': { after: ['principals.agreed'] },
    // Sent back only from the final review, when the case is below even the in-principle bar.
    'president.sent-back': { after: ['consensus.presented'], when: guard('presidentSendsBack') },
    'due-diligence.redone': { after: ['president.sent-back'] },
    // No final approval before approval in principle and due diligence, or its waiver.
    'president.final-approval': { after: ['president.approved-in-principle', ['due-diligence.ordered', 'due-diligence.waived'], 'consensus.presented'], when: guard('presidentGivesFinalApproval') },
    // No letter before final approval.
    'letter.sent': { after: ['president.final-approval'] },
    // In effect only after final approval (and the letter).
    'policy.in-effect': { after: ['president.final-approval', 'letter.sent'] },
    // A leak needs a decision to leak, and the press to carry it.
    'decision.leaked': { after: ['president.approved-in-principle'], when: is('NEWS_BROKE') },
    // No public signal before the letter unless leaked: a hint is an official speaking once Ukraine has the letter.
    'decision.hinted': {
      after: ['letter.sent'],
      when: (ctx) => ctx.event.type === 'REMARKS_MADE' && ctx.event.setting === 'public' && ADMINISTRATION.includes(ctx.event.by),
    },
    'policy.confirmed': { after: ['policy.in-effect'] },
  },
  kyiv: {
    // Kyiv presses once Kharkiv's danger is past its threshold; after an answer that was not yes it
    // presses again (easing at once, in the same step, if the danger has passed meanwhile).
    'kyiv.pressing': { when: guard('kyivPresses') },
    'kyiv.presses-again': { after: ['kyiv.requested'], when: (ctx) => is('DECISION_DEFERRED')(ctx) || is('DECISION_REFUSED')(ctx) },
    'kyiv.eased': { after: ['kyiv.pressing'], when: notGuard('kyivPresses') },
    // Kyiv seeks a call of its own only when pressing has run its wait with no channel.
    'kyiv.seeks-call': { after: ['kyiv.pressing'], when: ownWait },
    // Kyiv only requests on a channel with principals (and Kyiv) on it, or on the call it sought, and only once it presses.
    'kyiv.requested': { after: ['kyiv.pressing'], when: (ctx) => principalsWithKyiv(ctx) || (ownWait(ctx) && ctx.seen.has('kyiv.seeks-call')) },
    'kyiv.planning': { after: ['kyiv.requested', `LETTER_SENT/${BORDER}`] },
    'kyiv.authorized': { after: ['kyiv.planning', `POLICY_IN_EFFECT/${BORDER}`] },
    'kyiv.pressing-wider': { after: [`AIM_WIDENED/${DEEP}`] },
    'kyiv.requested-wider': { after: ['kyiv.pressing-wider'], when: principalsWithKyiv },
    'kyiv.authorized-wider': { after: ['kyiv.requested-wider', `POLICY_IN_EFFECT/${DEEP}`] },
  },
  nsc: {
    'nsc.advocate-inside': { when: is('OFFICIAL_APPOINTED', 'nsc') },
    'nsc.running-process': { when: is('REQUEST_SUBMITTED') },
    'nsc.keeping-quiet': { after: ['nsc.running-process'], when: is('LETTER_SENT') },
    'nsc.confirming': { after: ['nsc.keeping-quiet'], when: is('POLICY_IN_EFFECT') },
  },
  state: {
    'state.convinced': { when: (ctx) => ctx.event.type === 'CHANNEL_OPENED' && ctx.event.by === 'state' && ctx.event.parties.includes('kyiv') },
    'state.advocating': { when: is('BRIEFING_GIVEN', 'state') },
  },
  pentagon: {
    'pentagon.sees-utility': { when: is('ASSESSMENT_MADE', 'pentagon') },
    'pentagon.supporting': { when: is('LETTER_SENT') },
  },
  congress: {
    'congress.aid-stalled': { when: is('AID_STALLED') },
    'congress.supplemental-moving': { after: ['congress.aid-stalled'], when: is('SUPPLEMENTAL_PASSED') },
    'aid.shipping': { when: is('SUPPLEMENTAL_SIGNED') },
    // Aid reaches the front only after the supplemental is signed.
    'aid.arrived': { after: ['SUPPLEMENTAL_SIGNED', 'aid.shipping'] },
  },
  allies: {
    'allies.breaking-ranks': { when: is('ALLY_MOVED') },
    'allies.washington-isolated': { after: ['allies.breaking-ranks'], when: guard('washingtonIsolated') },
    'allies.more-break-ranks': { after: ['allies.washington-isolated'], when: is('ALLY_MOVED') },
  },
  russia: {
    'russia.massing': { when: is('FORCES_MASSED') },
    'russia.on-offensive': { when: is('OFFENSIVE_LAUNCHED') },
    'russia.threatening': { when: is('THREAT_ISSUED') },
  },
  press: {
    'press.published': { when: is('STORY_PUBLISHED') },
  },
};

