import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { up } from './push.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** Russia: the front near Kharkiv and the Kremlin's words, as two regions. */
export const russiaMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
}).createMachine({
  id: 'russia',
  context: modelContext,
  type: 'parallel',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    front: {
      initial: 'probing',
      states: {
        probing: { description: 'Shelling across the border; no ground push.', on: { FORCES_MASSED: 'massing', OFFENSIVE_LAUNCHED: 'onOffensive' } },
        massing: {
          description: 'Forces gather on the Russian side of the border, out of reach of US weapons.',
          entry: record({ event: 'russia.massing', actor: 'russia', says: 'Russian forces mass across the border from Kharkiv' }),
          on: { OFFENSIVE_LAUNCHED: 'onOffensive' },
        },
        onOffensive: {
          description: 'A cross-border offensive on Kharkiv, with glide bombs dropped from Russian airspace.',
          entry: record({ event: 'russia.on-offensive', actor: 'russia', says: 'Russia is on the offensive toward Kharkiv' }),
        },
      },
    },
    rhetoric: {
      initial: 'measured',
      states: {
        measured: { on: { THREAT_ISSUED: 'threatening' } },
        threatening: {
          description: 'The Kremlin warns of serious consequences, with nuclear hints; each new warning raises the feared cost of crossing the line.',
          entry: record({
            event: 'russia.threatening', actor: 'russia', says: 'The Kremlin threatens escalation',
            effects: { escalationRisk: up('threatRisk'), presidentCaution: up('threatCaution') },
          }),
          on: { THREAT_ISSUED: { target: 'threatening', reenter: true } },
        },
      },
    },
  },
});
