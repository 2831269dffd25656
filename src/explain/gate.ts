import {
  FORCES, FORCE_NAMES, GUARDS, MEASURES, isForce, measure, readGuard,
  type Force, type GuardName, type GuardReading, type Ledger, type MeasureName, type ParameterName,
} from '../../machines/index.js';
import { causeChain, eventName, sourcesBehind } from '../engine/causes.js';
import { foldRun } from '../engine/evolve.js';
import type { LogEvent, RunResult } from '../engine/types.js';
import { inputChange, type InputDiff } from '../scenario/diff-inputs.js';
import { contributions, type Contribution } from './contributions.js';
import { alignedSeq, type Spot } from './find-gate.js';
import type { PathStep } from './path.js';

/** A guard read at one point of a run. */
export interface Moment {
  readonly seq: number;
  readonly date: string | null;
  readonly reading: GuardReading;
}

/** One event whose share in a force differs between the two runs by the moment compared. */
export interface Origin {
  readonly name: string;
  readonly kind: LogEvent['kind'] | 'start';
  readonly says: string;
  readonly sources: readonly string[];
  /** Its share in the force by the moment compared; null when it had none by then. */
  readonly here: { readonly date: string; readonly delta: number } | null;
  readonly there: { readonly date: string; readonly delta: number } | null;
  /** When it happened at all in each run, even after the moment; null when never. */
  readonly hereDate: string | null;
  readonly thereDate: string | null;
  /** What the scenario did to this input, or to the input at the root of this decision's causes. */
  readonly change?: string;
  /** For a decision: the input its causes go back to. */
  readonly root?: string;
}

/** A force that stood at another level, what that alone did to the guard's measure, and why. */
export interface ForceShift {
  readonly force: Force;
  readonly here: number;
  readonly there: number;
  readonly effect: number;
  readonly origins: readonly Origin[];
}

/** The guard where the two runs parted, read in both, with the differences that account for it. */
export interface Gate {
  readonly guard: GuardName;
  /**
   * How the guard parted the runs here: the path `waited` on it, it `turned back` the path,
   * the path `skipped` the step it opens, or the path `stopped` for good in front of it.
   * `passed` when it is the other run that was held up.
   */
  readonly how: 'waited' | 'turned back' | 'skipped' | 'stopped' | 'passed';
  readonly here: Moment;
  readonly there: Moment | null;
  /** Where the guard finally held in this run, and what tipped it. */
  readonly heldAt?: PathStep;
  readonly forces: readonly ForceShift[];
  /** The measures between the forces and the guard, lowest first, ending with the guard's own. */
  readonly measures: readonly { readonly quantity: MeasureName; readonly here: number; readonly there: number }[];
  readonly params: readonly { readonly name: ParameterName; readonly here: number; readonly there: number }[];
}

/** The guard read in both runs, and the forces, events, measures and parameters that made the readings differ. */
export function describeGate(here: RunResult, there: RunResult, spot: Spot, inputs: InputDiff): Gate {
  const { guard } = spot;
  const m = GUARDS[guard].measure;
  const lh = foldRun(here, spot.hereSeq).ledger;
  const lt = spot.thereSeq === null ? undefined : foldRun(there, spot.thereSeq).ledger;
  const moment = (run: RunResult, seq: number, ledger: Ledger): Moment =>
    ({ seq, date: run.events[seq - 1]?.date ?? null, reading: readGuard(guard, ledger, run.inputs.params) });
  // Where the other run never passed the guard, compare after the same input.
  const refSeq = spot.thereSeq ?? alignedSeq(here, there, spot.hereSeq);
  const ref = lt ?? foldRun(there, refSeq).ledger;
  const forces = FORCE_NAMES.filter((f) => lh[f] !== ref[f]).map((force): ForceShift => ({
    force, here: lh[force], there: ref[force],
    effect: round(measure({ ...ref, [force]: lh[force] }, there.inputs.params)[m] - measure(ref, there.inputs.params)[m]),
    origins: origins(here, there, force, spot.hereSeq, refSeq, inputs),
  })).filter((f) => f.effect !== 0).sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const chain = measuresUnder(m);
  const mh = measure(lh, here.inputs.params);
  const mt = measure(ref, there.inputs.params);
  const formulas = chain.map((q) => MEASURES[q].formula).join(' ');
  return {
    guard, how: spot.how,
    here: moment(here, spot.hereSeq, lh),
    there: lt ? moment(there, spot.thereSeq!, lt) : null,
    ...(spot.heldAt ? { heldAt: spot.heldAt } : {}),
    forces,
    measures: chain.filter((q) => !isForce(q) && round(mh[q] - mt[q]) !== 0).map((quantity) => ({ quantity, here: mh[quantity], there: mt[quantity] })),
    params: inputs.params
      .filter((p) => p.name === GUARDS[guard].threshold || new RegExp(`\\b${p.name}\\b`).test(formulas))
      .map((p) => ({ name: p.name, here: p.to, there: p.from })),
  };
}

/** Which events gave the force a different level by the moments compared. */
function origins(here: RunResult, there: RunResult, force: Force, hereSeq: number, thereSeq: number, inputs: InputDiff): Origin[] {
  const out: Origin[] = [];
  const param = FORCES[force].param;
  if (here.initialLedger[force] !== there.initialLedger[force]) {
    out.push({
      name: param, kind: 'start', says: `starting level of ${FORCES[force].label}`, sources: [],
      here: { date: '', delta: here.initialLedger[force] }, there: { date: '', delta: there.initialLedger[force] },
      hereDate: null, thereDate: null, change: `set ${there.initialLedger[force]} → ${here.initialLedger[force]}`,
    });
  }
  const ch = byName(contributions(here, force, hereSeq));
  const ct = byName(contributions(there, force, thereSeq));
  for (const name of new Set([...ch.keys(), ...ct.keys()])) {
    const a = ch.get(name);
    const b = ct.get(name);
    if (round((a?.delta ?? 0) - (b?.delta ?? 0)) === 0) continue;
    const run = a ? here : there;
    const e = run.events[(a ?? b)!.seq - 1]!;
    const root = e.kind === 'decision' ? causeChain(run.events, e.seq).at(-1) : undefined;
    const rootName = root ? eventName(root) : undefined;
    const change = inputChange(inputs, rootName ?? name);
    out.push({
      name, kind: e.kind, says: (a ?? b)!.says, sources: sourcesBehind(run.events, e),
      here: a ? { date: a.date, delta: a.delta } : null,
      there: b ? { date: b.date, delta: b.delta } : null,
      hereDate: firstDate(here, name), thereDate: firstDate(there, name),
      ...(rootName ? { root: rootName } : {}), ...(change ? { change } : {}),
    });
  }
  return out;
}

function byName(list: readonly Contribution[]): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  for (const c of list) {
    const prev = out.get(c.name);
    out.set(c.name, prev ? { ...prev, delta: round(prev.delta + c.delta) } : c);
  }
  return out;
}

/** The guard's measure and the measures its formula reads, lowest first. */
function measuresUnder(top: MeasureName): MeasureName[] {
  const names = Object.keys(MEASURES) as MeasureName[];
  const reads = (m: MeasureName) => names.filter((n) => n !== m && new RegExp(`\\b${n}\\b`).test(MEASURES[m].formula));
  const depth = (m: MeasureName): number => Math.max(0, ...reads(m).map((n) => depth(n) + 1));
  const seen = new Set<MeasureName>();
  const visit = (m: MeasureName) => { if (!seen.has(m)) { seen.add(m); reads(m).forEach(visit); } };
  visit(top);
  return [...seen].sort((a, b) => depth(a) - depth(b));
}

function firstDate(run: RunResult, name: string): string | null {
  return run.events.find((e) => eventName(e) === name)?.date ?? null;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
