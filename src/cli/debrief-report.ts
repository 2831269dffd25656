import type { Debrief, DebriefChoice, Parting } from '../explain/debrief.js';
import { guardLabel } from '../explain/debrief.js';
import { readingText } from '../explain/format.js';
import { formatTable } from './table.js';

/** The `--json` shape of a debrief (`play`, `debrief LOG`). */
export const debriefJson = (d: Debrief) => ({ format: 'redline-debrief', version: 1, ...d });

const dayWord = (n: number | null): string => (n === null ? '—' : n === 0 ? '±0' : n > 0 ? `+${n}` : `−${-n}`);
const recordText = (r: { from: string; to: string }) => (r.from === r.to ? r.from : `${r.from}…${r.to}`);

function choiceLine(c: DebriefChoice): string {
  const head = `${c.date}  ${c.role} at ${c.decision}: ${c.option}`;
  const reason = c.reason ? ` ("${c.reason}")` : '';
  if (!c.parted) return `  ${head}, as the model would${reason}`;
  const over = c.overrode ? `; went against ${guardLabel(c.overrode)} (${readingText(c.overrode)})` : '';
  const e = c.inEffect;
  const effect = e.days !== null
    ? (e.days === 0 ? 'the policy\'s day unchanged' : `the policy ${Math.abs(e.days)} day${Math.abs(e.days) === 1 ? '' : 's'} ${e.days > 0 ? 'later (cost)' : 'sooner (saved)'}`)
    : e.with === e.without ? 'the policy never in effect either way' : e.with ? `in effect ${e.with}, never without it` : `never in effect; ${e.without} without it`;
  return `  ${head}, the model would ${c.model}${over}; ${effect}${reason}`;
}

/** The debrief for a person: milestones side by side, then the choices. */
export function debriefText(d: Debrief): string {
  const rows = d.milestones.map((m) => [m.milestone, m.played ?? '—', m.model ?? '—', recordText(m.record), dayWord(m.days)]);
  const parted = d.choices.filter((c) => c.parted).length;
  return [
    `debrief: ${d.scenario}, played as ${d.roles.join(', ')}`,
    '',
    ...formatTable(['milestone', 'played', 'model', 'record', 'vs model'], rows),
    '',
    `choices: ${d.choices.length}, ${parted} parted from the model's`,
    ...d.choices.map(choiceLine),
  ].join('\n');
}

/** Several played runs (a class's): where each parted from the model and how far it ended. */
export function partingsText(files: readonly string[], ps: readonly Parting[]): string {
  const rows = ps.map((p, i) => [
    files[i]!, p.roles.join(','), p.first ? `${p.first.date} ${p.first.decision}: ${p.first.option} (model ${p.first.model})` : 'never',
    String(p.parted), p.inEffect.played ?? '—', dayWord(p.inEffect.days),
  ]);
  return formatTable(['log', 'played', 'first parted', 'parted', 'in effect', 'vs model'], rows).join('\n');
}
