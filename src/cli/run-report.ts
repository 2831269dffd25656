import { FURTHER_SCOPES, MILESTONES, SCOPES, type MilestoneId, type Scope } from '../../machines/index.js';
import { decisionStateLabel, eventName, foldRun, milestoneDates, sourcesBehind, type Milestones, type RunResult, type RunState } from '../engine/index.js';
import { formatTable } from './table.js';

/** The `--json` shape of `run`: part of the public contract. */
export interface RunJson {
  readonly scenario: string;
  readonly milestones: Record<MilestoneId, string | null>;
  readonly finalState: { readonly decision: Readonly<Record<string, string>>; readonly label: string };
  readonly events: number;
  /** Further requests beyond the Kharkiv border (e.g. deep strikes), each with the same nine milestones. */
  readonly scopes: Partial<Record<Scope, { readonly milestones: Record<MilestoneId, string | null> }>>;
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
  ].join('\n');
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
