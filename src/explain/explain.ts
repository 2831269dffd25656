import { GUARDS, MILESTONES, measure, type GuardName, type MeasureName, type MilestoneId } from '../../machines/index.js';
import { foldRun } from '../engine/evolve.js';
import type { RunResult } from '../engine/types.js';
import { contrast, type Contrast } from './contrast.js';
import { contributions, type Contribution } from './contributions.js';
import { skipOf, type Skip } from './skip.js';
import { pathTo, type PathStep } from './path.js';
import { whereStopped, type Stop } from './stop.js';

/** What moved one measure from the start of the run up to a point. */
export interface Movers {
  readonly quantity: MeasureName;
  readonly guard: GuardName;
  readonly start: number;
  readonly end: number;
  /** The value the guard compares the measure with. */
  readonly threshold: number;
  /** The date the list runs up to. */
  readonly until: string | null;
  readonly items: readonly Contribution[];
}

/** Everything `explain` says about one milestone of one run; `renderExplanation` turns it into text. */
export interface Explanation {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly milestone: MilestoneId;
  readonly label: string;
  readonly date: string | null;
  /** Kyiv's and Washington's steps up to the milestone (the whole run when it never came). */
  readonly path: readonly PathStep[];
  readonly movers?: Movers;
  readonly stop?: Stop;
  readonly skip?: Skip;
  readonly contrast?: Contrast;
}

/**
 * Why a milestone came when it did in a run, or where the path stopped short
 * of it; with `against`, why it differs from another run (the parent).
 *
 * @example
 *   renderExplanation(explainMilestone(simulate(s.inputs), 'final-approval', simulate(s.parent!.inputs)))
 */
export function explainMilestone(run: RunResult, milestone: MilestoneId, against?: RunResult): Explanation {
  const hit = foldRun(run).milestones[milestone];
  const path = pathTo(run, hit?.seq ?? run.events.length);
  const base = {
    scenario: run.inputs.scenario, milestone, label: MILESTONES.find((m) => m.id === milestone)!.label,
    date: hit?.date ?? null, path,
    ...(against ? { contrast: contrast(run, against, milestone) } : {}),
  };
  if (hit) {
    const guarded = [...path].reverse().find((s) => s.guard);
    return { ...base, ...(guarded ? { movers: moversOf(run, guarded.guard!.guard, guarded.seq) } : {}) };
  }
  const skip = skipOf(run, milestone);
  if (skip) return { ...base, skip };
  const stop = whereStopped(run);
  const gate = stop.guard ? stop : stop.waitsOn;
  return { ...base, stop, ...(gate?.guard ? { movers: moversOf(run, gate.guard, run.events.length) } : {}) };
}

function moversOf(run: RunResult, guard: GuardName, upTo: number): Movers {
  const quantity = GUARDS[guard].measure;
  const at = foldRun(run, upTo);
  return {
    quantity, guard,
    start: measure(run.initialLedger, run.inputs.params)[quantity],
    end: measure(at.ledger, run.inputs.params)[quantity],
    threshold: run.inputs.params[GUARDS[guard].threshold],
    until: at.date,
    items: contributions(run, quantity, upTo),
  };
}
