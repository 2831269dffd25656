import { FORCES, FORCE_NAMES, MEASURES, MILESTONE_IDS, measure, type Force, type MachineId, type MilestoneId } from '../../machines/index.js';
import { displayWidth, padEndTo } from '../util/display-width.js';
import { eventName, type LogEvent, type MilestoneHit, type RunResult, type RunState } from '../engine/index.js';

const SHOWN_MEASURES = ['kharkivThreat', 'support', 'restraint', 'net'] as const;

/** The `--json` shape of `state`. */
export interface StateJson {
  readonly scenario: string;
  /** Events applied so far; 0 before the first. */
  readonly seq: number;
  readonly events: number;
  readonly date: string | null;
  readonly event: LogEvent | null;
  readonly ledger: Record<Force, { readonly label: string; readonly value: number }>;
  readonly measures: Record<(typeof SHOWN_MEASURES)[number], number>;
  /** A machine's state path, or region → path for machines with parallel regions. */
  readonly machines: Record<MachineId, string | Readonly<Record<string, string>>>;
  readonly milestones: Record<MilestoneId, MilestoneHit | null>;
}

export function stateJson(run: RunResult, state: RunState): StateJson {
  const ledger = {} as Record<Force, { label: string; value: number }>;
  for (const force of FORCE_NAMES) ledger[force] = { label: FORCES[force].label, value: state.ledger[force] };
  const all = measure(state.ledger, run.inputs.params);
  const measures = {} as StateJson['measures'];
  for (const m of SHOWN_MEASURES) measures[m] = all[m];
  const machines = {} as StateJson['machines'];
  for (const [id, regions] of Object.entries(state.machines) as [MachineId, Readonly<Record<string, string>>][]) {
    machines[id] = '' in regions ? regions['']! : regions;
  }
  const milestones = {} as StateJson['milestones'];
  for (const id of MILESTONE_IDS) milestones[id] = state.milestones[id];
  return {
    scenario: run.inputs.scenario.id, seq: state.seq, events: run.events.length, date: state.date,
    event: state.seq > 0 ? run.events[state.seq - 1]! : null, ledger, measures, machines, milestones,
  };
}

/** What `state` prints for a person. */
export function stateText(s: StateJson): string {
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
    return rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : padEndTo(c, widths[i]!))).join('  ')}`.trimEnd());
  };
  const e = s.event;
  return [
    `${s.scenario} · after event ${s.seq} of ${s.events}${s.date ? ` · ${s.date}` : ' · before the first event'}`,
    e ? `event ${e.seq}: ${describeEvent(e)}` : 'event: none yet (the starting state)',
    '',
    'ledger',
    ...table(FORCE_NAMES.map((f) => [s.ledger[f].label, f, fmt(s.ledger[f].value)])),
    'measures',
    ...table(SHOWN_MEASURES.map((m) => [MEASURES[m].label, m, fmt(s.measures[m])])),
    'machines',
    ...table(Object.entries(s.machines).map(([id, v]) => [id, typeof v === 'string' ? v : Object.values(v).join(' · ')])),
    'milestones so far',
    ...table(MILESTONE_IDS.map((id) => {
      const hit = s.milestones[id];
      return hit ? [id, hit.date, `event ${hit.seq}`] : [id, '—', ''];
    })),
  ].join('\n');
}

function describeEvent(e: LogEvent): string {
  if (e.kind === 'input') return `${eventName(e)} (input, ${e.type} by ${e.actor}): ${e.data.summary}`;
  const cause = e.cause ? `, after event ${e.cause}` : '';
  return `${e.type} (${e.data.machine} machine${cause}): ${e.data.says}`;
}

const fmt = (x: number): string => String(Object.is(x, -0) ? 0 : x);
