import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { down, up } from './push.js';
import { ledgerGuard, modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

const ALLY_MOVES = { alliedIsolation: up('allyMovePush') } as const;

/**
 * Allies: each that lifts its own limits or speaks for lifting leaves Washington more alone;
 * once it stands alone among the big suppliers, the president's caution gives way a step.
 */
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
      description: 'Some allies let Ukraine strike inside Russia with their weapons; each move leaves Washington more alone.',
      entry: record({ event: 'allies.breaking-ranks', actor: 'allies', says: 'An ally lifts its limits ahead of Washington', effects: ALLY_MOVES }),
      on: { ALLY_MOVED: { target: 'breakingRanks', reenter: true } },
      always: { guard: 'washingtonIsolated', target: 'washingtonAlone' },
    },
    washingtonAlone: {
      description: 'Washington stands visibly alone among the big suppliers; its risk appetite has given way to allies\' pressure before.',
      initial: 'isolated',
      on: { ALLY_MOVED: { target: '.furtherMoves', reenter: true } },
      states: {
        isolated: {
          entry: record({
            event: 'allies.washington-isolated', actor: 'allies', says: 'Washington now stands alone among its allies, and the president\'s caution gives way',
            guard: 'washingtonIsolated', effects: { presidentCaution: down('isolationEasesCaution') },
          }),
        },
        furtherMoves: {
          entry: record({ event: 'allies.more-break-ranks', actor: 'allies', says: 'Another ally lifts its limits', effects: ALLY_MOVES }),
        },
      },
    },
  },
});
