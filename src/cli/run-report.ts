import { FURTHER_SCOPES, MILESTONES, SCOPES, type MilestoneId, type Scope } from '../../machines/index.js';
import { decisionStateLabel, effectOverrides, eventName, foldRun, milestoneDates, sourcesBehind, type Milestones, type RunResult, type RunState } from '../engine/index.js';
import type { Effects } from '../../machines/index.js';
import { formatTable } from './table.js';

/** The `--json` shape of `run`: part of the public contract. */
export interface RunJson {
  readonly scenario: string;
  readonly milestones: Record<MilestoneId, string | null>;
  readonly finalState: { readonly decision: Readonly<Record<string, string>>; readonly label: string };
  readonly events: number;
  /** Further requests beyond the Kharkiv border (e.g. deep strikes), each with the same nine milestones. */
  readonly scopes: Partial<Record<Scope, { readonly milestones: Record<MilestoneId, string | null> }>>;
  /** The inputs that write their own effects instead of the defaults for their type and actor (machines/effects.ts). */
  readonly overrides: readonly { readonly id: string; readonly effects: Effects }[];
}

export function runJson(run: RunResult): RunJson {
  const state = foldRun(run);
  return {
    scenario: run.inputs.scenario.id,
    milestones: milestoneDates(state),
    finalState: { decision: state.machines.decision, label: decisionStateLabel(state) },
    events: run.events.length,
    scopes: Object.fromEntries(
      FURTHER_SCOPES.map((s) => [s, { milestones: milestoneDates(state, s) }]),
    ),
    overrides: effectOverrides(run.inputs.events).map((e) => ({ id: e.id, effects: e.effects! })),
  };
}

/** Further scopes that Kyiv actually asked for in this run. */
function requestedScopes(state: RunState): Scope[] {
  return FURTHER_SCOPES.filter((s) => state.scopes[s]?.['formal-request']);
}

/** The milestone table `run` prints for a person. */
export function runTable(run: RunResult): string {
  const state = foldRun(run);
  const table = (hits: Milestones) => milestoneTable(run, hits);
  const further = requestedScopes(state).flatMap((s) => ['', `further request: ${s} (${SCOPES[s].label})`, '', table(state.scopes[s]!)]);
  return [
    `${run.inputs.scenario.id}: ${run.inputs.scenario.title}`,
    '',
    table(state.milestones),
    ...further,
    '',
    `final state: ${decisionStateLabel(state)}   (${run.events.length} events)`,
    ...overrideLines(run),
  ].join('\n');
}

/** The inputs whose effects are written on them, not taken from their type and actor: shown, since each is a hand-set number. */
function overrideLines(run: RunResult): string[] {
  const ids = effectOverrides(run.inputs.events).map((e) => e.id);
  if (ids.length === 0) return [];
  const n = ids.length === 1 ? '1 input writes its' : `${ids.length} inputs write their`;
  return [`${n} own effects (overrides of the defaults by type and actor): ${ids.join(', ')}`];
}

function milestoneTable(run: RunResult, hits: Milestones): string {
  const rows = MILESTONES.map((m) => {
    const hit = hits[m.id];
    if (!hit) return [m.id, '—', 'not reached', ''];
    const event = run.events[hit.seq - 1]!;
    const cause = event.cause ? run.events[event.cause - 1] : undefined;
    const trigger = cause ? eventName(cause) : eventName(event);
    return [m.id, hit.date, trigger, sourcesBehind(run.events, cause ?? event).join(', ')];
  });
  return formatTable(['milestone', 'date', 'triggered by', 'sources'], rows).join('\n');
}
