import { INSTANCES, type MachineId } from '../../machines/index.js';
import { compiledStepper } from './compiled-stepper.js';
import type { Stepper } from './stepper.js';

/**
 * The engine with some machines held in their first state: they hear nothing and do nothing,
 * so what the rest of the model does without them shows what those actors do to the decision.
 */
export function holdingStepper(held: readonly MachineId[], base: Stepper<any> = compiledStepper): Stepper<any> {
  const hold = INSTANCES.map((i) => held.includes(i.machine));
  return {
    name: `${base.name}, holding ${held.join(', ')}`,
    initial(k, input, out) {
      const before = out.length;
      const st: unknown = base.initial(k, input, out);
      if (hold[k]) out.length = before;
      return st;
    },
    plan: (type) => base.plan(type),
    step: (k, st, event, out, plan) => (hold[k] ? st : base.step(k, st, event, out, plan)),
    regions: (k, st) => base.regions(k, st),
  };
}
