import { setup, emit, not } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { ledgerGuard, modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/**
 * Kyiv: Zelenskyy, Umerov and Ukraine's lawmakers. Kyiv presses once Kharkiv is
 * in acute danger, and turns pressure into a formal request on the first
 * channel that puts it in front of US principals (a call, a visit).
 */
export const kyivMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput, emitted: {} as ModelEvent },
  actions: { record: recordAction, syncLedger },
  guards: {
    kyivPresses: ledgerGuard('kyivPresses'),
    principalsOnChannel: ({ event }) =>
      event.type === 'CHANNEL_OPENED' && event.level === 'principals' && event.parties.includes('kyiv'),
  },
}).createMachine({
  id: 'kyiv',
  context: modelContext,
  initial: 'holding',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    holding: {
      description: 'Kharkiv holds well enough that Kyiv does not spend its one big ask on the ban.',
      always: { guard: 'kyivPresses', target: 'pressing' },
    },
    pressing: {
      description: 'Kharkiv is in acute danger: Kyiv wants the ban lifted at the next meeting with US principals.',
      entry: record({ event: 'kyiv.pressing', actor: 'kyiv', says: 'Kyiv presses to lift the ban as Kharkiv\'s danger grows', guard: 'kyivPresses' }),
      always: { guard: not('kyivPresses'), target: 'eased' },
      on: { CHANNEL_OPENED: { guard: 'principalsOnChannel', target: 'awaitingAnswer' } },
    },
    eased: {
      description: 'The danger to Kharkiv has eased below what Kyiv would spend its ask on.',
      entry: record({ event: 'kyiv.eased', actor: 'kyiv', says: 'Kharkiv\'s danger eases; Kyiv holds its ask', guard: 'kyivPresses' }),
      always: { guard: 'kyivPresses', target: 'pressing' },
    },
    awaitingAnswer: {
      description: 'Kyiv has asked formally and waits for Washington.',
      entry: [
        record({ event: 'kyiv.requested', actor: 'kyiv', says: 'Kyiv formally asks Washington to lift the restriction' }),
        emit({ type: 'REQUEST_SUBMITTED' }),
      ],
      on: { DECISION_DEFERRED: 'pressing', DECISION_REFUSED: 'pressing', LETTER_SENT: 'planning' },
    },
    planning: {
      description: 'Ukraine\'s military has the letter and plans its operations in silence.',
      entry: record({ event: 'kyiv.planning', actor: 'kyiv', says: 'Ukraine\'s military plans counterfire under the letter\'s terms' }),
      on: { POLICY_IN_EFFECT: 'authorized' },
    },
    authorized: {
      description: 'Counterfire into Russia around Kharkiv with US weapons; deep strikes still barred.',
      type: 'final',
      entry: record({ event: 'kyiv.authorized', actor: 'kyiv', says: 'Ukraine may now fire on Russian forces across the border near Kharkiv' }),
    },
  },
});
