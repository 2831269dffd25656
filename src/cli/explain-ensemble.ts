import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { formatDay } from '../engine/dates.js';
import { simulate, type RunInputs, type RunResult } from '../engine/index.js';
import { contrast } from '../explain/contrast.js';
import { explainMilestone, type Explanation } from '../explain/explain.js';
import { applyDraws } from '../sweep/apply-draws.js';
import { dayOf, runMembers, type MemberDays } from '../sweep/ensemble/answers.js';
import type { Chosen } from '../sweep/ensemble/choose.js';
import { membersJob, type Members } from '../sweep/members.js';
import { count } from '../sweep/report/format.js';
import { ensembleSource, type EnsembleSource } from './ensemble-report.js';

/**
 * Members whose full runs are compared to find where they part: a full run and
 * its contrast cost some 30 ms, where the members' dates cost a fraction of one,
 * so the guard is read in an even sample of the members that part, not all.
 */
export const PARTING_SAMPLE = 40;

/** `explain --ensemble`'s addition under `--json`: the median member, and where the members' runs part. */
export interface ExplainEnsembleJson extends EnsembleSource {
  /** The member whose date of the milestone is the median (never counts as latest; ties by member order). */
  readonly median: { readonly member: number; readonly date: string | null };
  /** With a scenario to compare: the members that reach a milestone on the way on another day, and the first guard their runs part at. */
  readonly parting?: {
    readonly against: string;
    readonly members: number;
    readonly sampled: number;
    /** The guards, most members first: "none" when no guard accounts for it (a trigger does). */
    readonly guards: readonly { readonly guard: string; readonly members: number }[];
    readonly medianGuard: string | null;
  };
}

/** One member's full run on `inputs`: its draws applied as the fast engine applies them. */
function memberRunner(m: Members, inputs: RunInputs): (i: number) => RunResult {
  const job = membersJob(m, inputs);
  const k = job.uncertainty.length;
  return (i) => simulate(applyDraws(job.inputs, job.uncertainty, job.given!.subarray(i * k, i * k + k)));
}

/** The member at the median of a milestone's dates, never counted as the latest; ties go to the earlier member. */
export function medianMember(d: MemberDays, m: number): number {
  const order = Array.from({ length: d.count }, (_, i) => i);
  const key = (i: number) => (dayOf(d, i, m) < 0 ? Infinity : dayOf(d, i, m));
  order.sort((a, b) => key(a) - key(b) || a - b);
  return order[(d.count - 1) >> 1]!;
}

/** Whether member i reaches a milestone up to `m` on another day (or not at all) in b than in a. */
const parts = (a: MemberDays, b: MemberDays, i: number, m: number) => {
  for (let j = 0; j <= m; j++) if (dayOf(a, i, j) !== dayOf(b, i, j)) return true;
  return false;
};

export function explainOverEnsemble(chosen: Chosen, here: RunInputs, milestone: MilestoneId, there?: RunInputs): { explanation: Explanation; ensemble: ExplainEnsembleJson } {
  const m = MILESTONE_IDS.indexOf(milestone);
  const members = chosen.members;
  const hereDays = runMembers(members, here);
  const median = medianMember(hereDays, m);
  const runHere = memberRunner(members, here);
  const runThere = there && memberRunner(members, there);
  const explanation = explainMilestone(runHere(median), milestone, runThere?.(median));
  const day = dayOf(hereDays, median, m);
  const base = { ...ensembleSource(chosen), median: { member: median, date: day < 0 ? null : formatDay(day) } };
  if (!there || !runThere) return { explanation, ensemble: base };
  const thereDays = runMembers(members, there);
  const parting = Array.from({ length: members.count }, (_, i) => i).filter((i) => parts(hereDays, thereDays, i, m));
  const step = Math.max(1, parting.length / PARTING_SAMPLE);
  const sample = new Set(Array.from({ length: Math.min(PARTING_SAMPLE, parting.length) }, (_, j) => parting[Math.floor(j * step)]!));
  if (parting.includes(median)) sample.add(median);
  const guardOf = (i: number) => (i === median ? explanation.contrast : contrast(runHere(i), runThere(i), milestone))?.gate?.guard ?? 'none';
  const tally = new Map<string, number>();
  for (const i of [...sample].sort((a, b) => a - b)) tally.set(guardOf(i), (tally.get(guardOf(i)) ?? 0) + 1);
  const guards = [...tally].map(([guard, n]) => ({ guard, members: n })).sort((a, b) => b.members - a.members || a.guard.localeCompare(b.guard));
  return {
    explanation,
    ensemble: {
      ...base,
      parting: { against: there.scenario.id, members: parting.length, sampled: sample.size, guards, medianGuard: parting.includes(median) ? guardOf(median) : null },
    },
  };
}

export function explainEnsembleText(e: ExplainEnsembleJson, milestone: MilestoneId, rendered: string): string {
  const head = `over the ensemble: ${count(e.members)} members of ${e.of} (${e.file}); the chain below is the median member's by ${milestone}'s date (member ${e.median.member}: ${e.median.date ?? 'never'})`;
  const out = [head, '', rendered];
  const p = e.parting;
  if (p) {
    out.push('', 'Where the members part',
      `  ${count(p.members)} of ${count(e.members)} members reach ${milestone} or a milestone before it on another day than in ${p.against} (or not at all).`);
    if (p.sampled > 0) {
      out.push(`  The first guard where their runs part, read in ${p.sampled} of them sampled evenly${p.medianGuard ? ' (the median member among them)' : ''}:`);
      const width = Math.max(...p.guards.map((g) => g.guard.length));
      for (const g of p.guards) out.push(`    ${g.guard.padEnd(width)}  ${String(g.members).padStart(3)}${g.guard === p.medianGuard ? '  ← the median member\'s' : ''}`);
    }
  }
  return out.join('\n');
}
