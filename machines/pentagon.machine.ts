import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { up } from './push.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** The Pentagon: Austin and Brown weigh "military utility"; Cavoli's command works up the rules. */
export const pentagonMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
  guards: { pentagonAssesses: ({ event }) => event.type === 'ASSESSMENT_MADE' && event.by === 'pentagon' },
}).createMachine({
  id: 'pentagon',
  context: modelContext,
  initial: 'cautious',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    cautious: {
      description: 'The Pentagon shares the White House\'s escalation worries.',
      on: { ASSESSMENT_MADE: { guard: 'pentagonAssesses', target: 'seesMilitaryUtility' }, LETTER_SENT: 'supportingOperations' },
    },
    seesMilitaryUtility: {
      description: 'Austin\'s team sees military value in letting Ukraine hit forces across the border.',
      entry: record({
        event: 'pentagon.sees-utility', actor: 'pentagon', says: 'The Pentagon judges cross-border fire militarily useful and argues for it inside',
        effects: { internalAdvocacy: up('advocacyPush') },
      }),
      on: { LETTER_SENT: 'supportingOperations' },
    },
    supportingOperations: {
      description: 'The Pentagon has told Ukraine\'s military the rules and supports its planning.',
      type: 'final',
      entry: record({ event: 'pentagon.supporting', actor: 'pentagon', says: 'The Pentagon supports Ukraine\'s planning under the letter' }),
    },
  },
});
