import { setup, emit } from 'xstate';
import type { ModelEvent } from './events.js';
import { DAY_MS, record, recordAction } from './record.js';
import { ledgerGuard, modelContext, syncLedger, takeChoice, type ModelContext, type ModelInput } from './context.js';
import { holds } from './guards.js';
import { move, preferPlayer } from './play.js';

const BORDER = 'kharkiv-border';
const DEEP = 'deep-strikes';

/**
 * Kyiv: Zelenskyy, Umerov and Ukraine's lawmakers. For the border, Kyiv presses
 * once Kharkiv is in acute danger and turns pressure into a formal request on
 * the first channel that puts it in front of US principals (a call, a visit);
 * when none comes within `kyivSeeksCallDays`, it asks for a call of its own.
 * After a "not yet" or a "no" it asks again only on a channel it is given:
 * asking for call after call would be a loop the reports never show.
 * A wider aim (deep strikes) is Kyiv's own choice, an input; it is asked for
 * the same way, on the next channel with principals.
 */
export const kyivMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput, emitted: {} as ModelEvent },
  actions: { record: recordAction, syncLedger, takeChoice },
  guards: {
    kyivPresses: ledgerGuard('kyivPresses'),
    kyivEases: preferPlayer(({ context }: { context: ModelContext; event: ModelEvent }) => !holds('kyivPresses', context.ledger, context.params, context.scope)),
    principalsOnChannel: ({ event }) =>
      event.type === 'CHANNEL_OPENED' && event.level === 'principals' && event.parties.includes('kyiv'),
    aboutBorder: ({ event }) => 'scope' in event && event.scope === BORDER,
    aboutDeep: ({ event }) => 'scope' in event && event.scope === DEEP,
  },
  delays: { seekCall: ({ context }) => context.params.kyivSeeksCallDays * DAY_MS },
}).createMachine({
  id: 'kyiv',
  context: modelContext,
  type: 'parallel',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    border: {
      initial: 'holding',
      states: {
        holding: {
          description: 'Kharkiv holds well enough that Kyiv does not spend its one big ask on the ban.',
          always: move('kyivPresses', 'kyiv', 'holding', 'press', 'pressing'),
        },
        pressing: {
          description: 'Kharkiv is in acute danger: Kyiv wants the ban lifted at the next meeting with US principals.',
          entry: record({ event: 'kyiv.pressing', actor: 'kyiv', says: 'Kyiv presses to lift the ban as Kharkiv\'s danger grows', guard: 'kyivPresses' }),
          always: move('kyivEases', 'kyiv', 'pressing', 'ease', 'eased'),
          on: { CHANNEL_OPENED: { guard: 'principalsOnChannel', target: 'awaitingAnswer' } },
          after: { seekCall: 'seekingCall' },
        },
        seekingCall: {
          description: 'No meeting with US principals has come: Kyiv asks for a call of its own and makes its formal request on it.',
          entry: record({ event: 'kyiv.seeks-call', actor: 'kyiv', says: 'With no meeting in sight, Kyiv asks for a call with US principals to make its request' }),
          always: 'awaitingAnswer',
        },
        pressingAgain: {
          description: 'Washington has said "not yet" or "no": Kyiv keeps pressing and asks again at the next meeting with US principals it is given.',
          entry: record({ event: 'kyiv.presses-again', actor: 'kyiv', says: 'Kyiv keeps pressing and will ask again at the next meeting with US principals' }),
          always: move('kyivEases', 'kyiv', 'pressingAgain', 'ease', 'eased'),
          on: { CHANNEL_OPENED: { guard: 'principalsOnChannel', target: 'awaitingAnswer' } },
        },
        eased: {
          description: 'The danger to Kharkiv has eased below what Kyiv would spend its ask on.',
          entry: record({ event: 'kyiv.eased', actor: 'kyiv', says: 'Kharkiv\'s danger eases; Kyiv holds its ask', guard: 'kyivPresses' }),
          always: move('kyivPresses', 'kyiv', 'eased', 'press', 'pressing'),
        },
        awaitingAnswer: {
          description: 'Kyiv has asked formally and waits for Washington.',
          entry: [
            record({ event: 'kyiv.requested', actor: 'kyiv', says: 'Kyiv formally asks Washington to lift the restriction' }),
            emit({ type: 'REQUEST_SUBMITTED', scope: BORDER }),
          ],
          on: {
            DECISION_DEFERRED: { guard: 'aboutBorder', target: 'pressingAgain' },
            DECISION_REFUSED: { guard: 'aboutBorder', target: 'pressingAgain' },
            LETTER_SENT: { guard: 'aboutBorder', target: 'planning' },
          },
        },
        planning: {
          description: 'Ukraine\'s military has the letter and plans its operations in silence.',
          entry: record({ event: 'kyiv.planning', actor: 'kyiv', says: 'Ukraine\'s military plans counterfire under the letter\'s terms' }),
          on: { POLICY_IN_EFFECT: { guard: 'aboutBorder', target: 'authorized' } },
        },
        authorized: {
          description: 'Counterfire into Russia around Kharkiv with US weapons; deep strikes still barred.',
          type: 'final',
          entry: record({ event: 'kyiv.authorized', actor: 'kyiv', says: 'Ukraine may now fire on Russian forces across the border near Kharkiv' }),
        },
      },
    },
    wider: {
      initial: 'content',
      states: {
        content: {
          description: 'Kyiv asks for nothing beyond the border.',
          on: { AIM_WIDENED: { guard: 'aboutDeep', target: 'pressing' } },
        },
        pressing: {
          description: 'Kyiv wants to strike deep inside Russia with US long-range weapons.',
          entry: record({ event: 'kyiv.pressing-wider', actor: 'kyiv', says: 'Kyiv sets its sights on long-range strikes deep inside Russia' }),
          on: { CHANNEL_OPENED: { guard: 'principalsOnChannel', target: 'awaitingAnswer' } },
        },
        awaitingAnswer: {
          description: 'Kyiv has asked formally for deep strikes and waits for Washington.',
          entry: [
            record({ event: 'kyiv.requested-wider', actor: 'kyiv', says: 'Kyiv formally asks to use US long-range weapons deep inside Russia' }),
            emit({ type: 'REQUEST_SUBMITTED', scope: DEEP }),
          ],
          on: {
            DECISION_DEFERRED: { guard: 'aboutDeep', target: 'pressing' },
            DECISION_REFUSED: { guard: 'aboutDeep', target: 'pressing' },
            POLICY_IN_EFFECT: { guard: 'aboutDeep', target: 'authorized' },
          },
        },
        authorized: {
          description: 'Deep strikes with US long-range weapons allowed.',
          type: 'final',
          entry: record({ event: 'kyiv.authorized-wider', actor: 'kyiv', says: 'Ukraine may now strike deep inside Russia with US weapons' }),
        },
      },
    },
  },
});
