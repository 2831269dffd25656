import { MILESTONES, type MilestoneId, type Pace } from '../../machines/index.js';
import { causeChain, eventName } from '../engine/causes.js';
import { daysBetween } from '../engine/dates.js';
import { foldRun, milestoneDates } from '../engine/evolve.js';
import type { RunResult } from '../engine/types.js';
import { diffInputs, inputChange, type InputDiff } from '../scenario/diff-inputs.js';
import { findGate, milestoneSeq } from './find-gate.js';
import { describeGate, type Gate } from './gate.js';
import { pathTo, type PathStep } from './path.js';
import { playedChoice, type PlayedChoice } from './played.js';

/** What set a step off, traced to an input. */
export interface Trigger {
  readonly date: string;
  readonly says: string;
  readonly root: string;
  readonly change?: string;
  /** When the step came at the end of a delay that urgency shortened: that pace. */
  readonly pace?: Pace;
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
  /**
   * When a player's choice parted this run from the other (the same inputs, the model deciding):
   * the first choice that did, the step it led to (none for a wait) and how many parted by then.
   */
  readonly choice?: { readonly played: PlayedChoice; readonly led: PathStep | null; readonly parted: number };
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
  const choice = sameInputs(inputs) ? partedChoice(here, divergence) : undefined;
  if (choice) return { ...base, choice };
  const spot = findGate(here, there, divergence);
  if (spot) return { ...base, gate: describeGate(here, there, spot, inputs) };
  return { ...base, triggers: { here: triggerOf(here, divergence, inputs), there: triggerOf(there, divergence, inputs) } };
}

const sameInputs = (d: InputDiff): boolean =>
  !d.moved.length && !d.removed.length && !d.added.length && !d.changed.length && !d.params.length && !d.seed;

/** The first of a played run's choices that parted from the model's on the way to the milestone where the runs part. */
function partedChoice(run: RunResult, divergence: MilestoneId): Contrast['choice'] {
  const end = milestoneSeq(run, divergence) ?? run.events.length;
  const parted = run.events.slice(0, end).flatMap((e) => playedChoice(e) ?? []).filter((c) => c.parted);
  const played = parted[0];
  if (!played) return undefined;
  const led = pathTo(run).find((s) => s.chosen && s.seq > played.seq && run.events[s.seq - 1]!.cause === played.seq) ?? null;
  return { played, led, parted: parted.length };
}

function triggerOf(run: RunResult, milestone: MilestoneId, inputs: InputDiff): Trigger | null {
  const seq = milestoneSeq(run, milestone);
  if (!seq) return null;
  const e = run.events[seq - 1]!;
  const root = causeChain(run.events, seq).at(-1) ?? e;
  const change = inputChange(inputs, eventName(root));
  const pace = pacedBefore(run, e);
  return {
    date: e.date, says: e.kind === 'decision' ? e.data.says : e.data.summary, root: eventName(root),
    ...(change ? { change } : {}), ...(pace ? { pace } : {}),
  };
}

/** The nearest step before `e`, on the cause chain within the same machine, whose time urgency shortened. */
function pacedBefore(run: RunResult, e: RunResult['events'][number]): Pace | undefined {
  const machine = e.kind === 'decision' ? e.data.machine : undefined;
  for (let c = e.cause; c !== null; ) {
    const before = run.events[c - 1];
    if (before?.kind !== 'decision' || before.data.machine !== machine) return undefined;
    if (before.data.pace) return before.data.pace;
    c = before.cause;
  }
  return undefined;
}
