import { MILESTONE_IDS, type MilestoneId, type ParameterName } from '../../machines/index.js';
import { daysBetween, decisionStateLabel, foldRun, milestoneDates, type RunResult } from '../engine/index.js';
import { diffInputs } from '../scenario/diff-inputs.js';

/** The `--json` shape of `diff`. */
export interface DiffJson {
  readonly a: { readonly scenario: string; readonly title: string; readonly finalState: string };
  readonly b: { readonly scenario: string; readonly title: string; readonly finalState: string };
  /** Each of the nine milestones: its date in A and in B, and the days B moved it (null when either never came). */
  readonly milestones: Record<MilestoneId, { readonly a: string | null; readonly b: string | null; readonly days: number | null }>;
  readonly inputs: {
    readonly moved: readonly { id: string; from: string; to: string; days: number }[];
    readonly removed: readonly { id: string; date: string; summary: string }[];
    readonly added: readonly { id: string; date: string; summary: string }[];
    readonly changed: readonly { id: string; date: string; fields: readonly string[] }[];
    readonly params: readonly { name: ParameterName; from: number; to: number }[];
    readonly seed: { from: number; to: number } | null;
  };
}

/** Two runs compared: milestones side by side, then the inputs that differ. */
export function diffJson(a: RunResult, b: RunResult): DiffJson {
  const da = milestoneDates(foldRun(a));
  const db = milestoneDates(foldRun(b));
  const milestones = {} as Record<MilestoneId, { a: string | null; b: string | null; days: number | null }>;
  for (const id of MILESTONE_IDS) {
    milestones[id] = { a: da[id], b: db[id], days: da[id] && db[id] ? daysBetween(da[id]!, db[id]!) : null };
  }
  const d = diffInputs(a.inputs, b.inputs);
  const side = (r: RunResult) => ({ scenario: r.inputs.scenario.id, title: r.inputs.scenario.title, finalState: decisionStateLabel(foldRun(r)) });
  return {
    a: side(a), b: side(b), milestones,
    inputs: {
      moved: d.moved.map(({ id, from, to, days }) => ({ id, from, to, days })),
      removed: d.removed.map(({ id, date, summary }) => ({ id, date, summary })),
      added: d.added.map(({ id, date, summary }) => ({ id, date, summary })),
      changed: d.changed.map(({ id, date, fields }) => ({ id, date, fields })),
      params: d.params, seed: d.seed,
    },
  };
}

/** How far a milestone moved from A to B, in words: `+4 days`, `same day`, `never reached`. */
export function movedText(m: { a: string | null; b: string | null; days: number | null }): string {
  if (m.days !== null) return m.days === 0 ? 'same day' : `${m.days > 0 ? '+' : '−'}${Math.abs(m.days)} day${Math.abs(m.days) === 1 ? '' : 's'}`;
  if (m.a && !m.b) return 'never reached';
  if (!m.a && m.b) return 'reached';
  return '';
}
