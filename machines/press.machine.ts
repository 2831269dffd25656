import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** The press. Whether a story is a leak is the decision machine's call: it knows what has been decided. */
export const pressMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
}).createMachine({
  id: 'press',
  context: modelContext,
  initial: 'watching',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    watching: { description: 'Reporters chase the story; nothing published on the decision.', on: { STORY_PUBLISHED: 'published' } },
    published: {
      description: 'The press has published on the decision.',
      entry: record({ event: 'press.published', actor: 'press', says: 'The press publishes on the decision' }),
    },
  },
});
