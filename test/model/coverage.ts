import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import fc from 'fast-check';
import { initialTransition, type AnyStateMachine } from 'xstate';
import { INSTANCES, MACHINES, MACHINE_IDS, isParallel, defaultParams, initialLedger, type MachineId } from '../../machines/index.js';
import { simulate, type RunResult } from '../../src/engine/index.js';
import { regionOf, regionsOf } from '../../src/engine/state-paths.js';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load.js';
import { writtenMachine } from '../helpers/machine-config.js';
import { stateNodes, statePaths } from './catalogue.js';
import { RULES } from './rules.js';
import { randomTimelineArb, shiftedBaselineArb } from './timelines.js';
import { exhaust, graphPaths, replay } from './walk.js';

/** One machine's states entered, one after the other, region by region: what a run or a walk tells of it. */
export type Trace = { readonly machine: MachineId; readonly regions: Readonly<Record<string, readonly string[]>> };

const parallel = isParallel;
const MACHINE_OF = new Map(INSTANCES.map((i) => [i.id as string, i.machine]));

/** The machine's transitions as written, from state to the state they enter (an arrow into a compound state enters its first leaf). */
export function transitions(id: MachineId): string[] {
  const machine = MACHINES[id] as AnyStateMachine;
  const nodes = new Map(stateNodes(machine).map((n) => [[id, ...n.path].join('.'), n]));
  const leaf = (full: string): string => {
    let n = nodes.get(full)!;
    while (n.type === 'compound') n = n.states[n.config.initial as string]!;
    return n.path.join('.');
  };
  const edges = new Set<string>();
  for (const t of writtenMachine(machine).transitions) {
    if (t.target === null || !nodes.has(t.source) || nodes.get(t.source)!.type !== 'atomic') continue;
    edges.add(`${nodes.get(t.source)!.path.join('.')} → ${leaf(t.target)}`);
  }
  return [...edges].sort();
}

/** The transitions a trace took: each state entered after the one before it in its region. */
function stepsOf(trace: Trace): string[] {
  return Object.values(trace.regions).flatMap((states) => states.slice(1).map((s, i) => `${states[i]} → ${s}`));
}

/** Traces of every machine instance of a run, from its log: the starting states, then each record's state. */
export function runTraces(run: RunResult): Trace[] {
  return Object.entries(run.initialStates).map(([instance, start]) => {
    const machine = MACHINE_OF.get(instance)!;
    const regions: Record<string, string[]> = Object.fromEntries(Object.entries(start).map(([r, s]) => [r, [s]]));
    for (const e of run.events) {
      if (e.kind !== 'decision' || e.data.machine !== instance || !e.data.state) continue;
      regions[regionOf(e.data.state, parallel(machine))]?.push(e.data.state);
    }
    return { machine, regions };
  });
}

/** Traces of the model walks: every path xstate/graph finds, replayed from the machine's start. */
export function walkTraces(): Trace[] {
  return MACHINE_IDS.flatMap((id) => {
    const machine = MACHINES[id] as AnyStateMachine;
    const [start] = initialTransition(machine, { ledger: initialLedger(defaultParams()), params: defaultParams() });
    const paths = graphPaths(id);
    return [...paths.shortest, ...paths.simple].map((events) => {
      const regions: Record<string, string[]> = Object.fromEntries(Object.entries(regionsOf(start.value, parallel(id))).map(([r, s]) => [r, [s]]));
      for (const s of replay(machine, events, RULES[id]).entered) regions[regionOf(s, parallel(id))]!.push(s);
      return { machine: id, regions };
    });
  });
}

/** Every scenario file that loads, under the given folders. */
function scenarioFiles(folders: readonly string[]): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : [];
  });
  return folders.flatMap(walk).filter((f) => {
    try {
      loadScenario(f);
      return true;
    } catch (err) {
      if (err instanceof InputError) return false;
      throw err;
    }
  });
}

export interface CoverageRow {
  readonly machine: MachineId;
  readonly states: number;
  readonly statesByRuns: number;
  readonly statesByAll: number;
  readonly transitions: number;
  readonly transitionsByRuns: number;
  readonly transitionsByAll: number;
  /** States and transitions no run, walk or random timeline reached. */
  readonly missed: readonly string[];
  /** Those the scenario runs alone do not reach: what the library does not show. */
  readonly missedByRuns: readonly string[];
}

export interface CoverageSources {
  readonly scenarios: number;
  readonly walks: number;
  readonly timelines: number;
}

/**
 * Which states and transitions of each machine the tests visit: the runs of
 * every scenario that loads (the library, the fixtures), then adding the model
 * walks and a seeded set of random timelines.
 */
export function coverage(timelines = 200): { rows: CoverageRow[]; sources: CoverageSources } {
  const files = [...shippedScenarios(), ...scenarioFiles(['test/fixtures'])];
  const runs = files.flatMap((f) => runTraces(simulate(loadScenario(f).inputs)));
  const walks = walkTraces();
  const random = [
    ...fc.sample(randomTimelineArb(30), { numRuns: timelines / 2, seed: 1 }),
    ...fc.sample(shiftedBaselineArb(21), { numRuns: timelines / 2, seed: 2 }),
  ].flatMap((inputs) => runTraces(simulate(inputs)));
  const rows = MACHINE_IDS.map((id): CoverageRow => {
    const visit = (traces: readonly Trace[]) => {
      const mine = traces.filter((t) => t.machine === id);
      return { states: new Set(mine.flatMap((t) => Object.values(t.regions).flat())), steps: new Set(mine.flatMap(stepsOf)) };
    };
    const byRuns = visit(runs);
    const byAll = visit([...runs, ...walks, ...random]);
    for (const step of exhaust(id, RULES[id]).steps) {
      byAll.steps.add(step);
      for (const s of step.split(' → ')) byAll.states.add(s);
    }
    const states = statePaths(id);
    const edges = transitions(id);
    return {
      machine: id, states: states.length, transitions: edges.length,
      statesByRuns: states.filter((s) => byRuns.states.has(s)).length, statesByAll: states.filter((s) => byAll.states.has(s)).length,
      transitionsByRuns: edges.filter((e) => byRuns.steps.has(e)).length, transitionsByAll: edges.filter((e) => byAll.steps.has(e)).length,
      missed: [...states.filter((s) => !byAll.states.has(s)), ...edges.filter((e) => !byAll.steps.has(e))],
      missedByRuns: [...states.filter((s) => !byRuns.states.has(s)), ...edges.filter((e) => !byRuns.steps.has(e))],
    };
  });
  return { rows, sources: { scenarios: files.length, walks: walks.length, timelines } };
}

/** The coverage as a table for a person. */
export function coverageTable({ rows, sources }: ReturnType<typeof coverage>): string {
  const pct = (n: number, of: number) => `${n}/${of}`.padStart(7);
  const lines = [
    `model coverage: the states and transitions of each machine that the runs of ${sources.scenarios} scenario files visit ("runs"),`,
    `and adding the model walks (${sources.walks} xstate/graph paths, an exhaustive search of each machine) and ${sources.timelines} random timelines ("all")`,
    '',
    `${'machine'.padEnd(9)}  ${'states: runs'.padStart(13)}  ${'all'.padStart(7)}  ${'transitions: runs'.padStart(18)}  ${'all'.padStart(7)}  never visited`,
    ...rows.map((r) => `${r.machine.padEnd(9)}  ${pct(r.statesByRuns, r.states).padStart(13)}  ${pct(r.statesByAll, r.states)}  ${pct(r.transitionsByRuns, r.transitions).padStart(18)}  ${pct(r.transitionsByAll, r.transitions)}  ${r.missed.join('; ') || '-'}`),
    '',
    'not reached by any scenario run (only by the walks and random timelines):',
    ...rows.filter((r) => r.missedByRuns.length > 0).map((r) => `  ${r.machine}: ${r.missedByRuns.join('; ')}`),
  ];
  return lines.join('\n');
}
