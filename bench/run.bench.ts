import { simulate, simulateReference } from '../src/engine/index.js';
import type { RunInputs, RunResult } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';

/** Runs a second, after a warm-up of 10: runs per second and ms a run. */
function rate(run: (inputs: RunInputs) => RunResult, inputs: RunInputs, n: number): { perSecond: number; ms: number } {
  for (let i = 0; i < 10; i++) run(inputs);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) run(inputs);
  const ms = performance.now() - t0;
  return { perSecond: n / (ms / 1000), ms: ms / n };
}

/** One baseline run with its full log: the engine (compiled machines) and the reference (XState's transition()) side by side. */
export default async function bench(): Promise<void> {
  const inputs = loadScenario('scenarios/baseline.yaml').inputs;
  const engine = rate(simulate, inputs, 1000);
  const reference = rate(simulateReference, inputs, 100);
  console.log(`baseline, engine (compiled machines):      ${engine.perSecond.toFixed(1)} runs/s (${engine.ms.toFixed(3)} ms/run)`);
  console.log(`baseline, reference (xstate transition()): ${reference.perSecond.toFixed(1)} runs/s (${reference.ms.toFixed(3)} ms/run)`);
  console.log(`engine / reference: ${(engine.perSecond / reference.perSecond).toFixed(1)}x`);
}
