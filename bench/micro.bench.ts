import { createActor, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { compileMachine } from '../src/engine/stepper/compile-machine.js';
import type { StepAction } from '../src/engine/stepper/compiled-machine.js';
import { initialState, step } from '../src/engine/stepper/macrostep.js';
import { perSecond, rate, table } from './measure.js';
import { MICRO_EVENTS, MICRO_INITIAL, immutableReducer, microMachine, mutableReducer } from './micro-model.js';

/** The micro-model (13 nodes, a parallel region, 40 events a run), run five ways. */
export default async function bench(): Promise<void> {
  const cm = compileMachine(microMachine);
  const out: StepAction[] = [];
  const ways: [string, () => void][] = [
    ['redline compiled stepper', () => {
      const st = initialState(cm, undefined, out);
      for (const e of MICRO_EVENTS) step(cm, st, e, out);
      out.length = 0;
    }],
    ['xstate live actor', () => {
      const actor = createActor(microMachine).start();
      for (const e of MICRO_EVENTS) actor.send(e);
      actor.stop();
    }],
    ['xstate pure transition()', () => {
      let [snap] = initialTransition(microMachine) as [AnyMachineSnapshot, unknown];
      for (const e of MICRO_EVENTS) [snap] = transition(microMachine, snap, e);
    }],
    ['immutable reducer (new objects)', () => {
      let s = MICRO_INITIAL;
      for (const e of MICRO_EVENTS) s = immutableReducer(s, e);
    }],
    ['mutable reducer (in place)', () => {
      let s = { ...MICRO_INITIAL };
      for (const e of MICRO_EVENTS) s = mutableReducer(s, e);
    }],
  ];
  const rates = new Map(ways.map(([name, run]) => [name, rate(run)]));
  const immutable = rates.get('immutable reducer (new objects)')!;
  const mutable = rates.get('mutable reducer (in place)')!;
  table([
    ['micro-model, 40 events a run', 'runs/s', '× immutable', '× mutable'],
    ...[...rates].map(([name, r]) => [name, perSecond(r), (r / immutable).toFixed(3), (r / mutable).toFixed(4)]),
  ]);
  const stepper = rates.get('redline compiled stepper')! / immutable;
  console.log(`target: stepper ≥ 1/3 of the immutable reducer: ${stepper >= 1 / 3 ? 'met' : 'NOT met'} (${stepper.toFixed(2)})`);
}
