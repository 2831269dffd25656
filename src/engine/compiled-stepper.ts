import { INSTANCES, type MachineId } from '../../machines/index.js';
import { modelGraph } from './graph/model-graph.js';
import { regionsOf } from './state-paths.js';
import type { Stepper } from './stepper.js';
import { compileGraph } from './stepper/compile-machine.js';
import type { CompiledMachine, EventPlan, MachineState } from './stepper/compiled-machine.js';
import { initialState, step } from './stepper/macrostep.js';
import { stateValueOf } from './stepper/state-value.js';

let compiled: readonly CompiledMachine[] | undefined;
const plans = new Map<string, (EventPlan | null)[]>();

/**
 * Every instance's machine compiled from the model graph, on first use (not at import: a machine
 * the engine cannot run is refused with UnsupportedFeatureError).
 */
export function compiledInstances(): readonly CompiledMachine[] {
  if (!compiled) {
    const byMachine = new Map<MachineId, CompiledMachine>();
    compiled = INSTANCES.map((i) => {
      let cm = byMachine.get(i.machine);
      if (!cm) byMachine.set(i.machine, (cm = compileGraph(modelGraph().machines[i.machine])));
      return cm;
    });
  }
  return compiled;
}

/** The engine: the machines compiled to flat tables and stepped as XState's macrostep would (src/engine/stepper). */
export const compiledStepper: Stepper<MachineState> = {
  name: 'engine',
  initial: (k, input, out) => initialState(compiledInstances()[k]!, input, out),
  plan(type) {
    let out = plans.get(type);
    if (!out) plans.set(type, (out = compiledInstances().map((cm) => cm.plans.get(type) ?? null)));
    return out;
  },
  step(k, st, event, out, plan) {
    const p = (plan as (EventPlan | null)[])[k]!;
    if (p !== null || st.eventless) step(compiled![k]!, st, event, out, p);
    return st;
  },
  regions: (k, st) => regionsOf(stateValueOf(compiled![k]!, st), compiled![k]!.root.type === 'parallel'),
};
