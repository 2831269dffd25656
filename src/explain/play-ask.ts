import {
  FORCES, FORCE_NAMES, GUARDS, INSTANCES, MILESTONES, WAIT, WINDOWS, milestoneOf,
  type GuardReading, type MachineId, type MilestoneId,
} from '../../machines/index.js';
import { decisionAt, modelGraph, type Ask, type GraphNode } from '../engine/index.js';
import { INDENT, guardCondition, num, readingText, sourcesText } from './format.js';

/** One option as the player sees it: where it leads and, when the record took that step, when. */
export interface AskOption {
  readonly option: string;
  readonly leadsTo: string;
  readonly record?: { readonly milestone: MilestoneId; readonly from: string; readonly to: string; readonly sources: readonly string[] };
}

/** The milestone a state's entry marks, following a composite state to the child it starts in. */
function milestoneEntered(node: GraphNode | undefined): MilestoneId | undefined {
  for (let n = node; n; n = n.initial) {
    for (const a of n.entry) {
      const m = a.kind === 'custom' && a.type === 'record' ? milestoneOf((a.params as { event: string }).event) : undefined;
      if (m) return m;
    }
  }
  return undefined;
}

/** The options of the decision an ask is at, each with the record's date for it when the record has one. */
export function askOptions(ask: Ask): AskOption[] {
  const point = decisionAt(machineOf(ask), ask.state)!;
  const graph = modelGraph().machines[point.machine];
  return point.options.map((o) => {
    const node = o.target ? graph.byPath.get(o.target) : undefined;
    const m = milestoneEntered(node);
    const w = m ? WINDOWS[m] : undefined;
    let described = node;
    while (described && !described.description && described.initial) described = described.initial;
    return {
      option: o.option,
      leadsTo: described ? (described.description ?? described.key) : 'stay here until the case changes',
      ...(m && w ? { record: { milestone: m, from: w.from, to: w.to, sources: w.sources } } : {}),
    };
  });
}

const machineOf = (ask: Pick<Ask, 'instance'>): MachineId => INSTANCES.find((i) => i.id === ask.instance)!.machine;

/** Why the model chooses as it does: the guard readings that decide it. */
export function modelReason(ask: Pick<Ask, 'model' | 'guards'>): string {
  const held = ask.guards.find((g) => g.holds);
  if (ask.model === WAIT) return ask.guards.length ? `no guard holds (${ask.guards.map((g) => `${GUARDS[g.guard].label}: ${readingText(g)}`).join('; ')})` : 'nothing moves it yet';
  if (held) return `${GUARDS[held.guard].label}: ${readingText(held)}`;
  return `none of the others holds (${ask.guards.map((g) => `${GUARDS[g.guard].label}: ${readingText(g)}`).join('; ')})`;
}

const readingLine = (r: GuardReading) =>
  `${GUARDS[r.guard].label} (${GUARDS[r.guard].who}) needs ${guardCondition(r.guard, r.threshold)}: now ${readingText(r)}`;

/**
 * The screen a played decision pauses at: the ledger, the guards it reads and their values, the
 * model's choice and its reason (hidden for a teacher's class), and what the record says happened.
 */
export function askText(ask: Ask, { teacher = false }: { teacher?: boolean } = {}): string {
  const point = decisionAt(machineOf(ask), ask.state)!;
  const options = askOptions(ask);
  const ledger = FORCE_NAMES.map((f) => `${FORCES[f].label} ${num(ask.ledger[f])}`);
  const lines = [
    `${ask.date} · ${ask.role} decides at ${ask.decision}`,
    ...(point.description ? [`${INDENT}${point.description}`] : []),
    '',
    'Ledger',
    ...chunk(ledger, 3).map((row) => `${INDENT}${row.join(' · ')}`),
    '',
    'What this decision reads',
    ...(ask.guards.length ? ask.guards.map((g) => `${INDENT}${readingLine(g)}`) : [`${INDENT}no ledger guard: the choice is the player's alone`]),
  ];
  if (!teacher) {
    lines.push('', `The model: ${ask.model}, as ${modelReason(ask)}`);
    const taken = options.filter((o) => o.record);
    lines.push('', 'The record');
    if (taken.length === 0) lines.push(`${INDENT}the reports date no step from here`);
    for (const o of taken) {
      const r = o.record!;
      const when = r.from === r.to ? r.from : `${r.from} to ${r.to}`;
      lines.push(`${INDENT}${o.option}: ${MILESTONES.find((m) => m.id === r.milestone)!.label}, ${when}${sourcesText(r.sources)}`);
    }
  }
  lines.push('', 'Options');
  options.forEach((o, i) => lines.push(`${INDENT}${i + 1}) ${o.option.padEnd(14)}${o.leadsTo}`));
  return lines.join('\n');
}

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
