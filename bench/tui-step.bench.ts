import { causeChain, formatDay, parseDay, simulate, type LogEvent, type RunResult } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';
import { nextStep } from '../src/tui/model/next-step.js';
import { actorStates, decisionPath } from '../src/tui/model/path-states.js';
import { indexRun, movesUpTo, type RunIndex } from '../src/tui/model/run-index.js';
import { timelineRows } from '../src/tui/model/timeline-rows.js';

/** The baseline's log played again and again, a year apart each time: a long log to step through. */
function repeated(run: RunResult, copies: number): RunResult {
  const n = run.events.length;
  const events: LogEvent[] = [];
  for (let k = 0; k < copies; k++) {
    for (const e of run.events) {
      events.push({
        ...e, seq: e.seq + k * n, cause: e.cause === null ? null : e.cause + k * n,
        date: formatDay(parseDay(e.date)! + k * 366),
      } as LogEvent);
    }
  }
  return { ...run, events };
}

/** What the panes compute for one step: the state there, the visible timeline, path, next guard, blame, causes. */
function step(index: RunIndex, seq: number): number {
  const state = index.timeline.stateAt(seq);
  const before = index.timeline.stateAt(seq - 1);
  const rows = timelineRows(index.run, seq, 30, null);
  const path = decisionPath(index, state);
  const next = nextStep(state.machines, state.milestones, index.run.inputs.params);
  const moves = movesUpTo(index, 'support', seq);
  return rows.length + path.length + (next ? 1 : 0) + moves.length + actorStates(state).length
    + causeChain(index.run.events, seq).length + (before.seq < state.seq ? 1 : 0);
}

function msPerStep(index: RunIndex, from: number, steps: number): number {
  for (let s = from; s < from + 20; s++) step(index, s);
  const t0 = performance.now();
  for (let s = from; s < from + steps; s++) step(index, s);
  return (performance.now() - t0) / steps;
}

/** One TUI step (everything but drawing) at the end of a 10,000-event log, beside the same on the 70-event baseline. */
export default async function bench(): Promise<void> {
  const base = simulate(loadScenario('scenarios/baseline.yaml').inputs);
  const long = repeated(base, Math.ceil(10_000 / base.events.length));
  const t0 = performance.now();
  const longIndex = indexRun(long);
  const indexMs = performance.now() - t0;
  const short = msPerStep(indexRun(base), 10, 40);
  const far = msPerStep(longIndex, long.events.length - 300, 200);
  console.log(`index a ${long.events.length}-event log once: ${indexMs.toFixed(0)} ms`);
  console.log(`one step on the ${base.events.length}-event baseline:      ${short.toFixed(3)} ms`);
  console.log(`one step near event ${long.events.length - 200} of ${long.events.length}: ${far.toFixed(3)} ms   ${(far / short).toFixed(2)}× the baseline's`);
}
