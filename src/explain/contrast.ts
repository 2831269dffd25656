import {
  FORCES, FORCE_NAMES, GUARDS, MEASURES, MILESTONES, isForce, measure, milestoneOf, readGuard,
  type Force, type GuardName, type GuardReading, type Ledger, type MeasureName, type MilestoneId, type ParameterName,
} from '../../machines/index.js';
import { causeChain, eventName, sourcesBehind } from '../engine/causes.js';
import { daysBetween } from '../engine/dates.js';
import { foldRun, milestoneDates } from '../engine/evolve.js';
import type { LogEvent, RunResult } from '../engine/types.js';
import { createTimeline } from '../engine/timeline.js';
import { diffInputs, inputChange, type InputDiff } from '../scenario/diff-inputs.js';
import { contributions, type Contribution } from './contributions.js';
import { pathTo, waited, type PathStep } from './path.js';
import { skipOf } from './skip.js';
import { whereStopped } from './stop.js';

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

/** What set a step off, traced to an input. */
export interface Trigger {
  readonly date: string;
  readonly says: string;
  readonly root: string;
  readonly change?: string;
}

/** Why a milestone came at another date (or not at all) in one run than in another. */
export interface Contrast {
  readonly against: { readonly id: string; readonly title: string };
  readonly milestone: MilestoneId;
  readonly here: string | null;
  readonly there: string | null;
  /** Days later here (negative: earlier); null when either run never reached it. */
  readonly days: number | null;
  /** The first milestone on the way whose date differs; null when none does. */
  readonly divergence: MilestoneId | null;
  /** The dates of that milestone, here and there. */
  readonly diverged: { readonly here: string | null; readonly there: string | null } | null;
  readonly gate?: Gate;
  /** When no guard accounts for it: what set the diverging step off in each run. */
  readonly triggers?: { readonly here: Trigger | null; readonly there: Trigger | null };
  readonly inputs: InputDiff;
}

/**
 * Compares a milestone in run `here` with the same milestone in run `there`:
 * where the paths part, at which guard, and which forces and events made the
 * guard read differently.
 */
export function contrast(here: RunResult, there: RunResult, milestone: MilestoneId): Contrast {
  const h = milestoneDates(foldRun(here));
  const t = milestoneDates(foldRun(there));
  const upTo = MILESTONES.findIndex((m) => m.id === milestone);
  const divergence = MILESTONES.slice(0, upTo + 1).find((m) => h[m.id] !== t[m.id])?.id ?? null;
  const inputs = diffInputs(there.inputs, here.inputs);
  const base = {
    against: there.inputs.scenario, milestone, here: h[milestone], there: t[milestone],
    days: h[milestone] && t[milestone] ? daysBetween(t[milestone]!, h[milestone]!) : null,
    divergence, diverged: divergence ? { here: h[divergence], there: t[divergence] } : null, inputs,
  };
  if (!divergence) return base;
  const spot = findGate(here, there, divergence);
  if (spot) return { ...base, gate: describeGate(here, there, spot, inputs) };
  return { ...base, triggers: { here: triggerOf(here, divergence, inputs), there: triggerOf(there, divergence, inputs) } };
}

interface Spot {
  readonly guard: GuardName;
  readonly how: Gate['how'];
  readonly hereSeq: number;
  readonly thereSeq: number | null;
  readonly heldAt?: PathStep;
}

function findGate(here: RunResult, there: RunResult, divergence: MilestoneId): Spot | undefined {
  const hs = pathTo(here);
  const ts = pathTo(there);
  const hEnd = milestoneSeq(here, divergence) ?? here.events.length;
  const tEnd = milestoneSeq(there, divergence) ?? there.events.length;
  const passed = (steps: PathStep[], guard: GuardName) => steps.find((s) => s.guard?.guard === guard && s.guard.holds);
  const timeline = createTimeline(here);

  // One run went past the step the other took (due diligence waived, say).
  const skippedHere = skipOf(here, divergence);
  const thereStep = ts.find((x) => x.guard && milestoneOf(x.type) === divergence);
  if (skippedHere && thereStep) return { guard: skippedHere.guard, how: 'skipped', hereSeq: skippedHere.seq, thereSeq: thereStep.seq };
  const skippedThere = skipOf(there, divergence);
  const hereStep = hs.find((x) => x.guard && milestoneOf(x.type) === divergence);
  if (skippedThere && hereStep) return { guard: skippedThere.guard, how: 'passed', hereSeq: hereStep.seq, thereSeq: skippedThere.seq };

  // Held up here on a guard that let the other run through sooner: a step that waited on it, or a step it turned back.
  for (const s of hs.filter((x) => x.seq <= hEnd)) {
    const turnedBack = s.guard !== undefined && !s.guard.holds;
    if (!turnedBack && !waited(s)) continue;
    const other = ts.find((x) => x.type === s.type);
    if (other && other.date === s.date) continue;
    const guard = s.guard!.guard;
    const thereSeq = passed(ts, guard)?.seq ?? null;
    if (turnedBack) return { guard, how: 'turned back', hereSeq: s.seq, thereSeq };
    const aligned = thereSeq === null ? 0 : alignedSeq(there, here, thereSeq);
    const hereSeq = Math.max(s.previous.seq, aligned < s.seq ? aligned : 0);
    return { guard, how: 'waited', hereSeq: hereSeq || timeline.seqOn(other?.date ?? s.date), thereSeq, heldAt: s };
  }
  // Never got there: the guard that never held (or failed) where this run stopped.
  if (!milestoneSeq(here, divergence)) {
    const stop = whereStopped(here);
    const at = stop.guard ? stop : stop.waitsOn?.guard ? stop.waitsOn : undefined;
    if (at?.guard) {
      const thereSeq = passed(ts, at.guard)?.seq ?? null;
      const failed = at.failures?.[0]?.seq;
      if (failed) return { guard: at.guard, how: 'stopped', hereSeq: failed, thereSeq };
      const aligned = thereSeq === null ? 0 : alignedSeq(there, here, thereSeq);
      return { guard: at.guard, how: 'stopped', hereSeq: Math.max(at.since?.seq ?? 0, aligned) || here.events.length, thereSeq };
    }
  }
  // Held up in the other run on a guard that let this one through.
  for (const s of ts.filter((x) => x.seq <= tEnd && waited(x))) {
    const mine = hs.find((x) => x.type === s.type);
    if (mine && mine.date === s.date) continue;
    const guard = s.guard!.guard;
    return { guard, how: 'passed', hereSeq: passed(hs, guard)?.seq ?? hEnd, thereSeq: s.previous.seq || s.seq };
  }
  return undefined;
}

function describeGate(here: RunResult, there: RunResult, spot: Spot, inputs: InputDiff): Gate {
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

function triggerOf(run: RunResult, milestone: MilestoneId, inputs: InputDiff): Trigger | null {
  const seq = milestoneSeq(run, milestone);
  if (!seq) return null;
  const e = run.events[seq - 1]!;
  const root = causeChain(run.events, seq).at(-1) ?? e;
  const change = inputChange(inputs, eventName(root));
  return { date: e.date, says: e.kind === 'decision' ? e.data.says : e.data.summary, root: eventName(root), ...(change ? { change } : {}) };
}

/**
 * The point of `to` that matches point `seq` of `from`: just after the last
 * input both runs share, so the two readings count the same inputs of the day.
 */
function alignedSeq(from: RunResult, to: RunResult, seq: number): number {
  const seqOf = new Map(to.events.filter((e) => e.kind === 'input').map((e) => [eventName(e), e.seq]));
  for (let i = seq; i >= 1; i--) {
    const e = from.events[i - 1]!;
    if (e.kind === 'input' && seqOf.has(e.data.id)) return seqOf.get(e.data.id)!;
  }
  return 0;
}

function milestoneSeq(run: RunResult, milestone: MilestoneId): number | undefined {
  return foldRun(run).milestones[milestone]?.seq;
}

function firstDate(run: RunResult, name: string): string | null {
  return run.events.find((e) => eventName(e) === name)?.date ?? null;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
