import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { MACHINES, MACHINE_IDS, defaultParams, type ModelEvent } from '../../machines/index.js';
import { compileMachine } from '../../src/engine/stepper/compile-machine.js';
import { contextOf } from '../../src/engine/stepper/context.js';
import { initialState, step } from '../../src/engine/stepper/macrostep.js';
import { stateValueOf } from '../../src/engine/stepper/state-value.js';
import { fromSnapshot } from '../../src/engine/stepper/from-snapshot.js';
import type { StepAction } from '../../src/engine/stepper/compiled-machine.js';
import { CLOSE_CASE, NO_CASE, STRONG_CASE } from '../helpers/ledgers.js';

const LEDGERS = [STRONG_CASE, CLOSE_CASE, NO_CASE, { ...STRONG_CASE, presidentCaution: 0.1, escalationRisk: 0.1 }];
const SCOPES = ['kharkiv-border', 'deep-strikes'] as const;

/** Every event the model sends, with the variants guards tell apart. */
const MODEL_EVENTS: ModelEvent[] = [
  ...LEDGERS.map((ledger) => ({ type: 'LEDGER_UPDATED', ledger }) as const),
  { type: 'CHANNEL_OPENED', by: 'kyiv', kind: 'call', level: 'principals', parties: ['kyiv', 'nsc'] },
  { type: 'CHANNEL_OPENED', by: 'state', kind: 'trip', level: 'principals', parties: ['state', 'kyiv'] },
  { type: 'CHANNEL_OPENED', by: 'nsc', kind: 'meeting', level: 'staff', parties: ['nsc'] },
  { type: 'REMARKS_MADE', by: 'state', setting: 'public' },
  { type: 'REMARKS_MADE', by: 'nsc', setting: 'closed' },
  { type: 'REMARKS_MADE', by: 'kyiv', setting: 'public' },
  ...([
    ['STORY_PUBLISHED', 'press'], ['FORCES_MASSED', 'russia'], ['OFFENSIVE_LAUNCHED', 'russia'], ['THREAT_ISSUED', 'russia'],
    ['AID_STALLED', 'congress'], ['SUPPLEMENTAL_PASSED', 'congress'], ['SUPPLEMENTAL_SIGNED', 'congress'], ['ALLY_MOVED', 'allies'],
    ['BRIEFING_GIVEN', 'state'], ['BRIEFING_GIVEN', 'nsc'], ['ASSESSMENT_MADE', 'pentagon'], ['OFFICIAL_APPOINTED', 'nsc'],
  ] as const).map(([type, by]) => ({ type, by }) as ModelEvent),
  ...SCOPES.map((scope) => ({ type: 'AIM_WIDENED', by: 'kyiv', scope }) as const),
  ...SCOPES.flatMap((scope) => (['REQUEST_SUBMITTED', 'DECISION_DEFERRED', 'DECISION_REFUSED', 'LETTER_SENT', 'POLICY_IN_EFFECT'] as const)
    .map((type) => ({ type, scope }) as ModelEvent)),
];

function afterEvents(machine: AnyStateMachine): { type: string }[] {
  const out: { type: string }[] = [];
  for (const node of (machine as unknown as { idMap: Map<string, AnyStateMachine['root']> }).idMap.values()) for (const t of node.after) out.push({ type: t.eventType });
  return out;
}

const shape = (actions: readonly { type: string; params?: unknown }[]) => actions.map((a) => ({ type: a.type, params: a.params }));
const key = (s: AnyMachineSnapshot) => `${s.status}|${s._nodes.map((n: { id: string }) => n.id).join(',')}|${JSON.stringify(s.context.ledger)}`;

describe('the compiled stepper against XState, state by state', () => {
  for (const id of MACHINE_IDS) {
    it(`${id}: every reachable state and event gives the same next state, context and actions`, () => {
      const machine = MACHINES[id] as AnyStateMachine;
      const cm = compileMachine(machine);
      const events = [...MODEL_EVENTS, ...afterEvents(machine)];
      const queue: AnyMachineSnapshot[] = [];
      const seen = new Set<string>();
      const visit = (s: AnyMachineSnapshot) => {
        if (seen.has(key(s))) return;
        seen.add(key(s));
        queue.push(s);
      };
      for (const ledger of LEDGERS) {
        for (const scope of id === 'decision' ? SCOPES : [undefined]) {
          const input = { ledger, params: defaultParams(), ...(scope ? { scope } : {}) };
          const [snap, xActions] = initialTransition(machine, input);
          const out: StepAction[] = [];
          const st = initialState(cm, input, out);
          expect(stateValueOf(cm, st)).toEqual(snap.value);
          expect(st.nodes.map((n) => n.id)).toEqual(snap._nodes.map((n: { id: string }) => n.id));
          expect(contextOf(st)).toEqual(snap.context);
          expect(shape(out)).toEqual(shape(xActions));
          visit(snap);
        }
      }
      let steps = 0;
      for (let snap = queue.shift(); snap; snap = queue.shift()) {
        for (const event of events) {
          const [next, xActions] = transition(machine, snap, event as ModelEvent);
          const st = fromSnapshot(cm, snap);
          const out: StepAction[] = [];
          step(cm, st, event, out);
          const where = `${JSON.stringify(snap.value)} + ${event.type}`;
          expect(stateValueOf(cm, st), where).toEqual(next.value);
          expect(st.nodes.map((n) => n.id), where).toEqual(next._nodes.map((n: { id: string }) => n.id));
          expect(st.status, where).toBe(next.status);
          expect(contextOf(st), where).toEqual(next.context);
          expect(shape(out), where).toEqual(shape(xActions));
          steps++;
          visit(next);
        }
      }
      expect(steps).toBeGreaterThan(events.length);
    });
  }
});
