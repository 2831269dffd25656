import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { down } from './push.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** State: Blinken, convinced in Kyiv, briefs the president (and, once he backs the change, eases his caution), then gives the first public hint. */
export const stateMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
  guards: {
    blinkenInKyiv: ({ event }) => event.type === 'CHANNEL_OPENED' && event.by === 'state' && event.parties.includes('kyiv'),
    blinkenBriefs: ({ event }) => event.type === 'BRIEFING_GIVEN' && event.by === 'state',
  },
}).createMachine({
  id: 'state',
  context: modelContext,
  initial: 'holdingLine',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    holdingLine: {
      description: 'State repeats that Washington has not encouraged strikes outside Ukraine.',
      on: { CHANNEL_OPENED: { guard: 'blinkenInKyiv', target: 'seeingForHimself' }, BRIEFING_GIVEN: { guard: 'blinkenBriefs', target: 'advocating' } },
    },
    seeingForHimself: {
      description: 'Blinken in Kyiv hears that Russia uses the ban to strike Kharkiv with impunity.',
      entry: record({ event: 'state.convinced', actor: 'state', says: 'Blinken comes away from Kyiv convinced a limited lift is needed' }),
      on: { BRIEFING_GIVEN: { guard: 'blinkenBriefs', target: 'advocating' } },
    },
    advocating: {
      description: 'Blinken backs the change with the president, who has long trusted him: his word eases the president\'s caution.',
      entry: record({
        event: 'state.advocating', actor: 'state', says: 'Blinken backs the change with the president and eases his caution',
        effects: { presidentCaution: down('assuranceEase') },
      }),
    },
  },
});
