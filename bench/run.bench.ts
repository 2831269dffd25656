import { simulate } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';

/** The reference engine: the machines stepped through XState's pure `transition()`. */
export default async function bench(): Promise<void> {
  const inputs = loadScenario('scenarios/baseline.yaml').inputs;
  for (let i = 0; i < 10; i++) simulate(inputs);
  const n = 100;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) simulate(inputs);
  const ms = performance.now() - t0;
  console.log(`baseline via xstate transition(): ${(n / (ms / 1000)).toFixed(1)} runs/s (${(ms / n).toFixed(2)} ms/run)`);
}
