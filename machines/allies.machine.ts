import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { ledgerGuard, modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** Allies: each that lifts its own limits or speaks for lifting leaves Washington more alone. */
export const alliesMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
  guards: { washingtonIsolated: ledgerGuard('washingtonIsolated') },
}).createMachine({
  id: 'allies',
  context: modelContext,
  initial: 'holdingLine',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    holdingLine: {
      description: 'Allies keep limits like Washington\'s.',
      on: { ALLY_MOVED: 'breakingRanks' },
    },
    breakingRanks: {
      description: 'Some allies let Ukraine strike inside Russia with their weapons.',
      entry: record({ event: 'allies.breaking-ranks', actor: 'allies', says: 'An ally lifts its limits ahead of Washington' }),
      always: { guard: 'washingtonIsolated', target: 'washingtonAlone' },
    },
    washingtonAlone: {
      description: 'Washington stands visibly alone among the big suppliers.',
      type: 'final',
      entry: record({ event: 'allies.washington-isolated', actor: 'allies', says: 'Washington now stands alone among its allies', guard: 'washingtonIsolated' }),
    },
  },
});
