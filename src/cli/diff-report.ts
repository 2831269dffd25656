import { MILESTONE_IDS } from '../../machines/index.js';
import type { RunResult } from '../engine/index.js';
import { diffInputs, isEmptyDiff, type InputDiff } from '../scenario/diff-inputs.js';
import { diffJson, movedText } from '../explain/diff-json.js';
import { formatTable } from './table.js';

export { diffJson, type DiffJson } from '../explain/diff-json.js';

/** The table `diff` prints for a person. */
export function diffTable(a: RunResult, b: RunResult): string {
  const j = diffJson(a, b);
  const [na, nb] = [j.a.scenario, j.b.scenario];
  const rows = MILESTONE_IDS.map((id) => {
    const m = j.milestones[id];
    return [id, m.a ?? '—', m.b ?? '—', movedText(m)];
  });
  return [
    `${na} → ${nb}: ${j.b.title}`,
    '',
    ...formatTable(['milestone', na, nb, 'moved'], [...rows, ['final state', j.a.finalState, j.b.finalState, '']]),
    '',
    ...inputLines(diffInputs(a.inputs, b.inputs), na),
  ].join('\n');
}

function inputLines(d: InputDiff, na: string): string[] {
  if (isEmptyDiff(d)) return ['inputs: the same'];
  const rows: string[][] = [
    ...d.moved.map((m) => ['moved', m.id, `${m.from} → ${m.to}`, `${m.days > 0 ? '+' : '−'}${Math.abs(m.days)} days`]),
    ...d.removed.map((e) => ['removed', e.id, e.date, e.summary]),
    ...d.added.map((e) => ['added', e.id, e.date, e.summary]),
    ...d.changed.map((c) => ['changed', c.id, c.date, c.fields.join(', ')]),
    ...d.params.map((p) => ['set', p.name, `${p.from} → ${p.to}`, '']),
    ...(d.seed ? [['seed', '', `${d.seed.from} → ${d.seed.to}`, '']] : []),
  ];
  return [`inputs that differ from ${na}`, ...formatTable(['', 'what', 'when / value', ''], rows).slice(2).map((l) => `  ${l}`)];
}
