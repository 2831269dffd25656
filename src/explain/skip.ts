import { MILESTONES, MILESTONE_IDS, readGuard, type GuardName, type GuardReading, type MilestoneId } from '../../machines/index.js';
import { foldRun } from '../engine/evolve.js';
import { recordStates } from '../engine/records.js';
import type { RunResult } from '../engine/types.js';
import { recordGuard } from './machine-nodes.js';

/** A milestone the path went past without reaching: the guard that sent it the other way, read at the step before. */
export interface Skip {
  readonly guard: GuardName;
  readonly reading: GuardReading;
  readonly seq: number;
  readonly date: string;
}

/** Why a run went past a milestone without it (due diligence waived, say); undefined when it did not. */
export function skipOf(run: RunResult, milestone: MilestoneId): Skip | undefined {
  const state = foldRun(run);
  if (state.milestones[milestone]) return undefined;
  const i = MILESTONE_IDS.indexOf(milestone);
  const region = (m: MilestoneId) => recordStates().get(MILESTONES.find((x) => x.id === m)!.events[0])?.split('.')[0];
  if (!MILESTONE_IDS.slice(i + 1).some((m) => state.milestones[m] && region(m) === region(milestone))) return undefined;
  const guard = recordGuard(MILESTONES[i]!.events[0]);
  const before = MILESTONE_IDS.slice(0, i).map((m) => state.milestones[m]).filter((x) => x !== null).at(-1);
  if (!guard || !before) return undefined;
  return { guard, seq: before.seq, date: before.date, reading: readGuard(guard, foldRun(run, before.seq).ledger, run.inputs.params) };
}
