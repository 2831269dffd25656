import { setup } from 'xstate';
import type { ModelEvent } from './events.js';
import { record, recordAction } from './record.js';
import { up } from './push.js';
import { modelContext, syncLedger, type ModelContext, type ModelInput } from './context.js';

/** The NSC: Sullivan runs the process; Carpenter pushes for Kyiv; Kirby speaks. */
export const nscMachine = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent, input: {} as ModelInput },
  actions: { record: recordAction, syncLedger },
  guards: {
    nscAct: ({ event }) => 'by' in event && event.by === 'nsc',
  },
}).createMachine({
  id: 'nsc',
  context: modelContext,
  initial: 'guardingLine',
  on: { LEDGER_UPDATED: { actions: 'syncLedger' } },
  states: {
    guardingLine: {
      description: 'The NSC holds the standing restriction.',
      on: {
        OFFICIAL_APPOINTED: { guard: 'nscAct', target: 'advocateInside' },
        REQUEST_SUBMITTED: 'runningProcess',
      },
    },
    advocateInside: {
      description: 'Carpenter, a strong voice for Kyiv, argues inside the NSC.',
      entry: record({
        event: 'nsc.advocate-inside', actor: 'nsc', says: 'An advocate for Kyiv now sits inside the NSC and argues for lifting',
        effects: { internalAdvocacy: up('advocacyPush') },
      }),
      on: { REQUEST_SUBMITTED: 'runningProcess' },
    },
    runningProcess: {
      description: 'Sullivan carries Kyiv\'s request through advisors, president and principals.',
      entry: record({ event: 'nsc.running-process', actor: 'nsc', says: 'Sullivan takes charge of Kyiv\'s request' }),
      on: { LETTER_SENT: 'keepingQuiet' },
    },
    keepingQuiet: {
      description: 'The NSC keeps the decision quiet while Ukraine plans.',
      entry: record({ event: 'nsc.keeping-quiet', actor: 'nsc', says: 'The White House keeps the decision quiet while Ukraine plans' }),
      on: { POLICY_IN_EFFECT: 'confirming' },
    },
    confirming: {
      description: 'Kirby and officials confirm the change.',
      type: 'final',
      entry: record({ event: 'nsc.confirming', actor: 'nsc', says: 'The White House stands behind the change' }),
    },
  },
});
