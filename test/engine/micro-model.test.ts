import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { MICRO_EVENTS, MICRO_INITIAL, immutableReducer, microMachine, mutableReducer, type MicroEvent, type MicroState } from '../../bench/micro-model.js';
import { compileMachine } from '../../src/engine/stepper/compile-machine.js';
import type { StepAction } from '../../src/engine/stepper/compiled-machine.js';
import { contextOf } from '../../src/engine/stepper/context.js';
import { initialState, step } from '../../src/engine/stepper/macrostep.js';
import { stateValueOf } from '../../src/engine/stepper/state-value.js';

const cm = compileMachine(microMachine);
const event = fc.oneof(
  ...(['PRESS', 'EASE', 'SUPPORT', 'REQUEST', 'DECIDE', 'SIGN', 'LEAK', 'CONFIRM'] as const).map((type) => fc.constant({ type } as MicroEvent)),
  fc.boolean().map((p) => ({ type: 'REMARK', public: p }) as MicroEvent),
);

const asState = (s: AnyMachineSnapshot): MicroState => ({ ...(s.value as { review: MicroState['review']; publicity: MicroState['publicity'] }), ...s.context });

describe('the bench\'s micro-model', () => {
  it('ends in the same state whichever way it runs: stepper, live actor, transition(), both reducers', () => {
    let [snap] = initialTransition(microMachine);
    for (const e of MICRO_EVENTS) [snap] = transition(microMachine, snap, e);
    const expected = asState(snap);
    expect(expected).toEqual({ review: 'inEffect', publicity: 'confirmed', pressure: 4, support: 6, requests: 2 });

    const out: StepAction[] = [];
    const st = initialState(cm, undefined, out);
    for (const e of MICRO_EVENTS) step(cm, st, e, out);
    expect({ ...(stateValueOf(cm, st) as object), ...contextOf(st) }).toEqual(expected);
    const actor = createActor(microMachine).start();
    for (const e of MICRO_EVENTS) actor.send(e);
    expect(asState(actor.getSnapshot())).toEqual(expected);
    expect(MICRO_EVENTS.reduce(immutableReducer, MICRO_INITIAL)).toEqual(expected);
    expect(MICRO_EVENTS.reduce(mutableReducer, { ...MICRO_INITIAL })).toEqual(expected);
  });

  it('steps like XState after every event of random sequences, and so do both reducers', () => {
    fc.assert(fc.property(fc.array(event, { maxLength: 60 }), (events) => {
      let [snap] = initialTransition(microMachine);
      const out: StepAction[] = [];
      const st = initialState(cm, undefined, out);
      let immutable = MICRO_INITIAL;
      const mutable = { ...MICRO_INITIAL };
      for (const e of events) {
        [snap] = transition(microMachine, snap, e);
        step(cm, st, e, out);
        immutable = immutableReducer(immutable, e);
        mutableReducer(mutable, e);
        expect(stateValueOf(cm, st)).toEqual(snap.value);
        expect(st.nodes.map((n) => n.id)).toEqual(snap._nodes.map((n: { id: string }) => n.id));
        expect(contextOf(st)).toEqual(snap.context);
        expect(immutable).toEqual(asState(snap));
        expect(mutable).toEqual(asState(snap));
      }
    }), { numRuns: 300 });
  });
});
