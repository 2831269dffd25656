import { setup, emit, raise, stateIn, and } from 'xstate';
import type { ModelEvent } from './events.js';
import { ADMINISTRATION } from './actors.js';
import { DAY_MS, record, recordAction } from './record.js';
import { ledgerGuard, modelContext, syncLedger, takeChoice, type ModelContext, type ModelInput } from './context.js';
import { pace, type PacedDelay } from './pace.js';
import { move, preferPlayer } from './play.js';

const paced = (delay: PacedDelay) => ({ context }: { context: ModelContext }): number =>
  pace(delay, context.ledger, context.params, context.scope).days * DAY_MS;

/**
 * The decision path in Washington, from the standing restriction to the policy
 * in effect, beside the question of whether the decision stays secret.
 *
 * Every step is taken by a guard over the ledger or by a delay on the
 * simulated calendar; no date is written here. Each state's `description`
 * says who decides and on which channel.
 */
export const decisionMachine = setup({
  types: {
    context: {} as ModelContext,
    events: {} as ModelEvent,
    input: {} as ModelInput,
    emitted: {} as ModelEvent,
  },
  actions: { record: recordAction, syncLedger, takeChoice },
  guards: {
    advisorsRecommend: ledgerGuard('advisorsRecommend'),
    presidentAgreesInPrinciple: ledgerGuard('presidentAgreesInPrinciple'),
    presidentRefuses: ledgerGuard('presidentRefuses'),
    dueDiligenceNeeded: ledgerGuard('dueDiligenceNeeded'),
    principalsAgree: ledgerGuard('principalsAgree'),
    presidentGivesFinalApproval: ledgerGuard('presidentGivesFinalApproval'),
    presidentSendsBack: ledgerGuard('presidentSendsBack'),
    // The model's last resort at a decision; a player takes it only by choosing it.
    otherwise: preferPlayer(() => true),
    decisionTakenNotPublic: stateIn('#decision.path.approved'),
    letterSent: stateIn('#decision.path.approved.quietPeriod'),
    forThisScope: ({ context, event }) => 'scope' in event && event.scope === context.scope,
    administrationSpeaksInPublic: ({ event }) =>
      event.type === 'REMARKS_MADE' && event.setting === 'public' && ADMINISTRATION.includes(event.by),
  },
  // Each step's time is set when it begins, by the case's urgency then (pace.ts).
  delays: {
    memoDrafting: paced('recommendationDraftingDays'),
    dueDiligence: paced('dueDiligenceDays'),
    letterDrafting: paced('letterDraftingDays'),
    operationalPlanning: paced('operationalPlanningDays'),
  },
}).createMachine({
  id: 'decision',
  context: modelContext,
  type: 'parallel',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    path: {
      initial: 'restricted',
      states: {
        restricted: {
          description: 'The unwritten ban since 2022: no US weapons against targets inside Russia.',
          on: { REQUEST_SUBMITTED: { guard: 'forThisScope', target: 'requestReceived' } },
        },
        requestReceived: {
          description: 'Kyiv\'s request is on the table before the advisors on the channel that carried it.',
          entry: record({ event: 'request.received', actor: 'nsc', says: 'Washington receives Kyiv\'s formal request' }),
          always: move('advisorsRecommend', 'nsc', 'requestReceived', 'recommend', 'recommendationDrafting'),
        },
        recommendationDrafting: {
          description: 'Sullivan, Austin and Brown agree to recommend; Sullivan turns it into a memo for the Oval Office.',
          entry: record({ event: 'advisors.agreed', actor: 'nsc', says: 'Sullivan, Austin and Brown agree to recommend a lift for this case', guard: 'advisorsRecommend', pace: 'recommendationDraftingDays' }),
          after: { memoDrafting: 'presidentialReview' },
        },
        presidentialReview: {
          description: 'Oval Office meeting: Sullivan presents the recommendation; the president decides.',
          entry: record({ event: 'recommendation.presented', actor: 'nsc', says: 'Sullivan presents the recommendation in the Oval Office' }),
          always: [
            move('presidentAgreesInPrinciple', 'president', 'presidentialReview', 'approve', 'approved'),
            move('presidentRefuses', 'president', 'presidentialReview', 'refuse', 'refused'),
            move('otherwise', 'president', 'presidentialReview', 'defer', 'deferred'),
          ],
        },
        deferred: {
          description: 'The president holds off. Sullivan brings the recommendation back once the case has grown enough; Kyiv may also ask again.',
          // Waiting for a new request alone would let an early review lock in a "not yet" that more pressure then could not undo.
          always: move('presidentAgreesInPrinciple', 'nsc', 'deferred', 'bring-back', 'presidentialReview'),
          entry: [
            record({ event: 'president.deferred', actor: 'president', says: 'The president defers: the case does not yet outweigh his restraint', guard: 'presidentAgreesInPrinciple' }),
            emit(({ context }) => ({ type: 'DECISION_DEFERRED', scope: context.scope }) as const),
          ],
          on: { REQUEST_SUBMITTED: { guard: 'forThisScope', target: 'requestReceived' } },
        },
        refused: {
          description: 'The president says no; the ban stands until Kyiv asks again.',
          entry: [
            record({ event: 'president.refused', actor: 'president', says: 'The president says no', guard: 'presidentRefuses' }),
            emit(({ context }) => ({ type: 'DECISION_REFUSED', scope: context.scope }) as const),
          ],
          on: { REQUEST_SUBMITTED: { guard: 'forThisScope', target: 'requestReceived' } },
        },
        approved: {
          initial: 'inPrinciple',
          states: {
            inPrinciple: {
              description: 'The president agrees in principle and tells Sullivan and the Pentagon to work it up.',
              entry: record({ event: 'president.approved-in-principle', actor: 'president', says: 'The president agrees in principle to a limited lift', guard: 'presidentAgreesInPrinciple' }),
              always: [
                move('dueDiligenceNeeded', 'president', 'inPrinciple', 'due-diligence', 'dueDiligence'),
                move('otherwise', 'president', 'inPrinciple', 'to-principals', 'principalsReview'),
              ],
            },
            dueDiligence: {
              description: 'Follow-up with Cavoli, Austin and Sullivan: details and risks to be worked through before a final yes.',
              entry: record({ event: 'due-diligence.ordered', actor: 'president', says: 'The president orders due diligence on details and risks', guard: 'dueDiligenceNeeded', pace: 'dueDiligenceDays' }),
              after: { dueDiligence: 'principalsReview' },
            },
            principalsReview: {
              description: 'Sullivan convenes the national-security principals.',
              entry: record({ event: 'principals.convened', actor: 'nsc', says: 'Sullivan convenes the principals' }),
              always: move('principalsAgree', 'nsc', 'principalsReview', 'agree', 'principalsAgreed'),
            },
            principalsAgreed: {
              description: 'The principals all agree to move forward; Sullivan takes the consensus to the president.',
              entry: record({ event: 'principals.agreed', actor: 'nsc', says: 'The principals all agree to move forward', guard: 'principalsAgree', pace: 'recommendationDraftingDays' }),
              after: { memoDrafting: 'finalReview' },
            },
            finalReview: {
              description: 'The president weighs the worked-through risks against the case. Close to his bar he waits; well short of it he sends the case back, and far short he says no.',
              entry: record({ event: 'consensus.presented', actor: 'nsc', says: 'Sullivan brings the principals\' consensus to the president' }),
              always: [
                move('presidentGivesFinalApproval', 'president', 'finalReview', 'approve', 'finalApproval'),
                move('presidentRefuses', 'president', 'finalReview', 'refuse', '#decision.path.refused'),
                // Short even of the bar that won the yes in principle: the work is not done.
                move('presidentSendsBack', 'president', 'finalReview', 'send-back', 'sentBack'),
              ],
            },
            sentBack: {
              description: 'The case has fallen below even the president\'s in-principle bar: he sends it back for more due diligence.',
              entry: record({ event: 'president.sent-back', actor: 'president', says: 'The president sends the case back for more due diligence: it no longer clears even his in-principle bar', guard: 'presidentSendsBack', pace: 'dueDiligenceDays' }),
              after: { dueDiligence: 'reworked' },
            },
            reworked: {
              description: 'Due diligence done again; Sullivan takes it back to the principals once the case clears the in-principle bar again.',
              entry: record({ event: 'due-diligence.redone', actor: 'nsc', says: 'Due diligence is done again; the case waits to clear the president\'s in-principle bar' }),
              // Waiting on the case, not only the calendar: an unchanged case sent back again and again would loop for ever.
              always: move('presidentAgreesInPrinciple', 'nsc', 'reworked', 'to-principals', 'principalsReview'),
            },
            finalApproval: {
              description: 'The president signs off; Sullivan gives the Pentagon the green light to tell Ukraine.',
              entry: record({ event: 'president.final-approval', actor: 'president', says: 'The president gives final approval', guard: 'presidentGivesFinalApproval', pace: 'letterDraftingDays' }),
              after: { letterDrafting: 'quietPeriod' },
            },
            quietPeriod: {
              description: 'A classified letter tells Ukraine\'s military which weapons, where and when; both sides keep quiet while Ukraine plans.',
              entry: [
                record({ event: 'letter.sent', actor: 'pentagon', says: 'A classified letter goes to Ukraine\'s military: which weapons, where, when', pace: 'operationalPlanningDays' }),
                emit(({ context }) => ({ type: 'LETTER_SENT', scope: context.scope }) as const),
              ],
              after: { operationalPlanning: '#decision.path.inEffect' },
            },
          },
        },
        inEffect: {
          description: 'The policy is in effect: counterfire into Russia around Kharkiv; long-range strikes still barred.',
          type: 'final',
          entry: [
            record({ event: 'policy.in-effect', actor: 'president', says: 'The policy takes effect; officials confirm it' }),
            raise(({ context }) => ({ type: 'POLICY_IN_EFFECT', scope: context.scope }) as const),
            emit(({ context }) => ({ type: 'POLICY_IN_EFFECT', scope: context.scope }) as const),
          ],
        },
      },
    },
    publicity: {
      initial: 'secret',
      states: {
        secret: {
          description: 'Nothing public beyond the standing line.',
          on: {
            NEWS_BROKE: { guard: 'decisionTakenNotPublic', target: 'leaked' },
            REMARKS_MADE: { guard: and(['letterSent', 'administrationSpeaksInPublic']), target: 'signalled' },
            POLICY_IN_EFFECT: { guard: 'forThisScope', target: 'confirmed' },
          },
        },
        leaked: {
          description: 'The press has the decision before officials chose to signal it: the surprise is lost.',
          entry: record({ event: 'decision.leaked', actor: 'press', says: 'The decision leaks before it is announced; the surprise is lost' }),
          on: { POLICY_IN_EFFECT: { guard: 'forThisScope', target: 'confirmed' } },
        },
        signalled: {
          description: 'An official hints in public once Ukraine has the letter, without confirming.',
          entry: record({ event: 'decision.hinted', says: 'An official hints in public that policy will adapt' }),
          on: { POLICY_IN_EFFECT: { guard: 'forThisScope', target: 'confirmed' } },
        },
        confirmed: {
          description: 'Officials confirm the policy.',
          type: 'final',
          entry: record({ event: 'policy.confirmed', actor: 'nsc', says: 'Officials confirm the policy in public' }),
        },
      },
    },
  },
});
