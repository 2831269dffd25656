import { castDraft, produce } from 'immer';
import type { RunInputs, RunResult } from '../../engine/index.js';
import { simulate } from '../../engine/simulate.js';
import type { Change } from '../../scenario/changes.js';
import type { Params } from '../../../machines/index.js';
import { planFork, type ForkWording } from '../../log/plan-fork.js';
import { describeChange } from './fork-file.js';
import { firstDivergence } from './divergence.js';
import { indexRun, type RunIndex } from './run-index.js';

/** A run the TUI opened: a scenario file and its result, or a recorded log. */
export interface Opened {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly run: RunResult;
  /** Opened from a recorded log: `w` then finds the scenario file it extends as `redline fork` does. */
  readonly recorded?: boolean;
  /** The scenario this one `extends`; run only when `d` asks for it. */
  readonly parent?: { readonly id: string; readonly inputs: RunInputs };
}

/** What the TUI shows: a run, perhaps forked from the one opened, and what `d` compares it with. */
export interface Session {
  readonly origin: Opened;
  readonly reference: Opened;
  readonly changes: readonly Change[];
  readonly run: RunResult;
  readonly index: RunIndex;
  /** Where the fork leaves the original; null when not forked or when nothing changed. */
  readonly divergence: number | null;
  /** The step and date the first change was made at. */
  readonly forkedAt: { readonly seq: number; readonly date: string | null } | null;
}

export function openSession(opened: Opened, reference: Opened = opened): Session {
  return { origin: opened, reference, changes: [], run: opened.run, index: indexRun(opened.run), divergence: null, forkedAt: null };
}

/** How the TUI's messages name a change and where to fork instead. */
const tuiWording = (params: Params): ForkWording => ({
  change: (c) => describeChange(c, params),
  earlier: (seq) => `step back to step ${seq - 1} or before, and fork there`,
});

/**
 * The session with one more change, planned as `redline fork` plans one (planFork): the events
 * before the cursor's step stay as they are, or the change is refused (an `InputError`).
 */
export function forkSession(session: Session, change: Change, at: { seq: number; date: string | null }): Session {
  const kept = Math.max(0, at.seq - 1);
  const plan = planFork({ file: session.origin.file, run: session.run }, kept, [change], session.run.inputs.scenario, tuiWording(session.run.inputs.params));
  const forkedAt = session.forkedAt && session.forkedAt.seq <= at.seq ? session.forkedAt : at;
  // The list of changes is frozen, each change in it too: the run on screen was made from them.
  const changes = produce(session.changes, (d) => void d.push(castDraft(change)));
  return {
    ...session, changes, run: plan.run, index: indexRun(plan.run),
    divergence: firstDivergence(session.origin.run.events, plan.run.events),
    forkedAt,
  };
}

const parentRuns = new WeakMap<object, RunResult>();

/**
 * What `d` compares the run on screen with: a fork's original; else the parent
 * of the scenario opened, when it `extends` one; else the run first opened.
 */
export function comparisonOf(session: Session): { readonly id: string; readonly run: RunResult } {
  const { origin } = session;
  if (session.changes.length > 0) return { id: origin.id, run: origin.run };
  if (origin.parent) {
    let run = parentRuns.get(origin.parent);
    if (!run) parentRuns.set(origin.parent, (run = simulate(origin.parent.inputs)));
    return { id: origin.parent.id, run };
  }
  return { id: session.reference.id, run: session.reference.run };
}
