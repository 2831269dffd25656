import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { INSTANCES, MACHINES, isParallel } from '../../machines/index.js';
import { regionsOf } from './state-paths.js';
import type { StepAction, Stepper } from './stepper.js';

const machineOf = (k: number) => MACHINES[INSTANCES[k]!.machine] as AnyStateMachine;

/** XState's own `initialTransition()` and `transition()`: the reference the engine is held equal to. */
export const referenceStepper: Stepper<AnyMachineSnapshot> = {
  name: 'reference',
  initial(k, input, out) {
    const [snap, actions] = initialTransition(machineOf(k), input);
    out.push(...(actions as StepAction[]));
    return snap;
  },
  plan: () => undefined,
  step(k, st, event, out) {
    const [next, actions] = transition(machineOf(k), st, event as never);
    out.push(...(actions as StepAction[]));
    return next;
  },
  regions: (k, st) => regionsOf(st.value, isParallel(INSTANCES[k]!.machine)),
};
