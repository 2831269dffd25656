import { GUARDS, MILESTONE_IDS, WINDOWS, type GuardReading, type MilestoneId, type Role } from '../../machines/index.js';
import { daysBetween, foldRun, milestoneDates, simulate, unplayed, type RunResult } from '../engine/index.js';
import { playedChoice, type PlayedChoice } from './played.js';

/** One milestone: the played run's day beside the model's own and the record's window. */
export interface DebriefMilestone {
  readonly milestone: MilestoneId;
  readonly played: string | null;
  readonly model: string | null;
  readonly record: { readonly from: string; readonly to: string };
  /** Days the played run is later (+) or earlier (−) than the model's; null when either never reached it. */
  readonly days: number | null;
}

/** A player's choice as the debrief weighs it. */
export interface DebriefChoice extends Omit<PlayedChoice, 'id'> {
  /**
   * What this choice did to the policy's day, all else as played before it and the model after:
   * in effect with it and without it (the model's choice there instead), and the days between.
   */
  readonly inEffect: { readonly with: string | null; readonly without: string | null; readonly days: number | null };
}

export interface Debrief {
  readonly scenario: string;
  readonly roles: readonly Role[];
  readonly milestones: readonly DebriefMilestone[];
  readonly choices: readonly DebriefChoice[];
}

const inEffect = (run: RunResult): string | null => milestoneDates(foldRun(run))['in-effect'];
const gap = (a: string | null, b: string | null): number | null => (a && b ? daysBetween(b, a) : null);

/**
 * A played run against the model's own and the record: each milestone side by side, and each
 * choice with what it cost or saved. A choice's effect is the run with the choices up to it
 * against the run with those before it, the model deciding after in both.
 */
export function debrief(run: RunResult): Debrief {
  const model = simulate(unplayed(run.inputs));
  const played = milestoneDates(foldRun(run));
  const own = milestoneDates(foldRun(model));
  const choices = run.inputs.play?.choices ?? [];
  const upTo = (n: number): RunResult => simulate({ ...run.inputs, play: { roles: run.inputs.play?.roles ?? [], choices: choices.slice(0, n) } });
  return {
    scenario: run.inputs.scenario.id,
    roles: run.inputs.play?.roles ?? [],
    milestones: MILESTONE_IDS.map((m) => ({
      milestone: m, played: played[m], model: own[m], record: { from: WINDOWS[m].from, to: WINDOWS[m].to }, days: gap(played[m], own[m]),
    })),
    choices: run.events.flatMap((e): DebriefChoice[] => {
      const c = playedChoice(e);
      if (!c) return [];
      const n = Number(c.id.replace(/^choice-/, ''));
      const withIt = c.parted ? inEffect(upTo(n)) : null;
      const without = c.parted ? inEffect(upTo(n - 1)) : null;
      const { id: _id, ...choice } = c;
      return [{ ...choice, inEffect: { with: withIt, without, days: gap(withIt, without) } }];
    }),
  };
}

/** Where one played history first parted from the model's, and how far it ended from it and from the record. */
export interface Parting {
  readonly scenario: string;
  readonly roles: readonly Role[];
  readonly first?: DebriefChoice;
  readonly parted: number;
  readonly inEffect: { readonly played: string | null; readonly model: string | null; readonly days: number | null; readonly record: string };
}

export function parting(d: Debrief): Parting {
  const m = d.milestones.find((x) => x.milestone === 'in-effect')!;
  const parted = d.choices.filter((c) => c.parted);
  return {
    scenario: d.scenario, roles: d.roles, ...(parted[0] ? { first: parted[0] } : {}), parted: parted.length,
    inEffect: { played: m.played, model: m.model, days: m.days, record: m.record.from },
  };
}

/** The guard's label, for a line about a choice. */
export const guardLabel = (r: GuardReading): string => GUARDS[r.guard].label;
