import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { DAY_MS, record, recordAction } from './record.js';
import { up } from './push.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/**
 * Congress and the aid pipeline. The supplemental's signing starts deliveries;
 * they refill Ukraine's stocks only after `aidToFrontDays`, which is how the
 * timing of the aid reaches the danger to Kharkiv.
 */
export const congressMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
  delays: { aidToFront: ({ context }) => context.params.aidToFrontDays * DAY_MS },
}).createMachine({
  id: 'congress',
  context: modelContext,
  initial: 'aidFlowing',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    aidFlowing: {
      description: 'US military aid reaches Ukraine under existing funds.',
      on: { AID_STALLED: 'aidStalled', SUPPLEMENTAL_SIGNED: 'deliveriesUnderway' },
    },
    aidStalled: {
      description: 'House Republicans block new aid; the Pentagon cannot replenish its stocks.',
      entry: record({ event: 'congress.aid-stalled', actor: 'congress', says: 'US military aid stalls in Congress' }),
      on: { SUPPLEMENTAL_PASSED: 'supplementalMoving', SUPPLEMENTAL_SIGNED: 'deliveriesUnderway' },
    },
    supplementalMoving: {
      description: 'The aid bill is passing through Congress.',
      entry: record({ event: 'congress.supplemental-moving', actor: 'congress', says: 'The aid bill moves through Congress' }),
      on: { SUPPLEMENTAL_SIGNED: 'deliveriesUnderway' },
    },
    deliveriesUnderway: {
      description: 'The supplemental is law; shipments are on their way to the front.',
      entry: record({ event: 'aid.shipping', actor: 'pentagon', says: 'Deliveries under the supplemental begin' }),
      after: { aidToFront: 'aidAtFront' },
    },
    aidAtFront: {
      description: 'The supplemental\'s ammunition and interceptors reach the front.',
      type: 'final',
      entry: record({
        event: 'aid.arrived', actor: 'pentagon', says: 'Supplemental aid reaches the front and refills Ukraine\'s stocks',
        effects: { ukraineStocks: up('aidRestoresStocks') },
      }),
    },
  },
});
