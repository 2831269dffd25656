import { emit, setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/**
 * The press: the channel by which a decision gets out. Each story it runs goes to the decision
 * machine as news; whether the news is a leak is that machine's call, since it knows what has been decided.
 */
export const pressMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput, emitted: {} as ModelEvent },
  actions: { record: recordAction, syncLedger },
}).createMachine({
  id: 'press',
  context: modelContext,
  initial: 'watching',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    watching: { description: 'Reporters chase the story; nothing published on the decision.', on: { STORY_PUBLISHED: 'published' } },
    published: {
      description: 'The press has published on the decision; each further story is news again.',
      entry: [
        record({ event: 'press.published', actor: 'press', says: 'The press publishes on the decision' }),
        emit({ type: 'NEWS_BROKE' }),
      ],
      on: { STORY_PUBLISHED: { target: 'published', reenter: true } },
    },
  },
});
