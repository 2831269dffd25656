import { simulate } from '../src/engine/index.js';
import { explainMilestone } from '../src/explain/explain.js';
import { renderExplanation } from '../src/explain/render.js';
import { loadScenario } from '../src/scenario/load.js';

/** What a what-if costs beside one run: resolving its extends chain, and explaining a milestone against the parent. */
export default async function bench(): Promise<void> {
  const file = 'scenarios/congress-early.yaml';
  const s = loadScenario(file);
  const here = simulate(s.inputs);
  const there = simulate(s.parent!.inputs);
  const time = (n: number, f: () => unknown) => {
    for (let i = 0; i < 3; i++) f();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    return (performance.now() - t0) / n;
  };
  const run = time(20, () => simulate(s.inputs));
  const load = time(20, () => loadScenario(file));
  const explain = time(20, () => renderExplanation(explainMilestone(here, 'final-approval', there)));
  console.log(`simulate congress-early: ${run.toFixed(2)} ms`);
  console.log(`load congress-early (extends baseline): ${load.toFixed(2)} ms (${(load / run).toFixed(2)}× a run)`);
  console.log(`explain final-approval against baseline, from two runs: ${explain.toFixed(2)} ms (${(explain / run).toFixed(2)}× a run)`);
}
