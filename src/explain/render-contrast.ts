import { GUARDS, PARAMETERS } from '../../machines/index.js';
import type { Contrast, Trigger } from './contrast.js';
import type { Gate, Origin } from './gate.js';
import { INDENT, capital, guardCondition, guardWho, num, paceText, readingText, signed, sourcesText } from './format.js';
import { quantityLabel } from './quantity.js';

/** The "Why it differs" section of `explain`: where two runs part and the chain from the change to the guard. */
export function renderContrast(c: Contrast): string[] {
  const other = c.against.id;
  const when = (d: string | null) => d ?? 'never';
  const out = [`Why it differs from ${other}`,
    `${INDENT}The runs part at ${c.divergence}: ${when(c.diverged!.here)} here, ${when(c.diverged!.there)} in ${other}.`];
  if (c.gate) return [...out, ...gateLines(c.gate, other)];
  if (c.choice) return [...out, ...choiceLines(c, other)];
  const t = (label: string, tr: Trigger | null) => tr
    ? `${INDENT}${label}: ${tr.says} (${tr.date}), set off by ${tr.root}${tr.change ? ` (${tr.change})` : ''}${tr.pace ? `; paced: ${paceText(tr.pace)}` : ''}.`
    : `${INDENT}${label}: never.`;
  if (c.triggers) out.push(t('Here', c.triggers.here), t(`In ${other}`, c.triggers.there));
  for (const p of c.inputs.params) out.push(`${INDENT}${p.name} is ${p.to} here, ${p.from} in ${other}: ${PARAMETERS[p.name].reason}`);
  return out;
}

function gateLines(g: Gate, other: string): string[] {
  const out = [`${INDENT}${capital(guardWho(g.guard))} needs ${guardCondition(g.guard, g.here.reading.threshold)}.`];
  const here = readingText(g.here.reading);
  if (!g.there) out.push(`${INDENT}On ${g.here.date ?? 'the first day'} it read ${here} here; ${other} never passed it either.`);
  else if (g.how === 'passed') out.push(`${INDENT}Here it held on ${g.here.date} (${here}); at that point it read ${readingText(g.there.reading)} in ${other}.`);
  else out.push(`${INDENT}In ${other} it held on ${g.there.date} (${readingText(g.there.reading)}); at that point it read ${here} here.`);
  out.push(`${INDENT}The chain:`);
  const arrow = `${INDENT}${INDENT}→ `;
  const told = new Set<string>();
  for (const f of g.forces) {
    for (const o of f.origins) out.push(...originLines(o, other, told));
    out.push(`${arrow}${quantityLabel(f.force)} ${num(f.here)} (${other} ${num(f.there)})`);
  }
  for (const p of g.params) out.push(`${INDENT}${INDENT}${p.name} set to ${p.here} (${other} ${p.there}): ${PARAMETERS[p.name].reason}`);
  for (const m of g.measures) out.push(`${arrow}${quantityLabel(m.quantity)} ${num(m.here)} (${other} ${num(m.there)})`);
  out.push(`${arrow}${GUARDS[g.guard].label}: ${g.here.reading.holds ? 'held' : 'short'} by ${num(Math.abs(g.here.reading.margin))}`);
  if (g.how === 'waited' && g.heldAt?.guard && g.heldAt.trigger) {
    out.push(`${INDENT}The path waited; the guard held on ${g.heldAt.date}, after ${g.heldAt.trigger.name}: ${readingText(g.heldAt.guard)}.`);
  }
  if (g.how === 'turned back') out.push(`${INDENT}So the path turned back there and had to come round again.`);
  if (g.how === 'skipped') out.push(`${INDENT}So the path went on without that step.`);
  return out;
}

/** Where a player's choice parted the runs: the choice, the guard it overrode, the step it led to, the milestone. */
function choiceLines(c: Contrast, other: string): string[] {
  const { played: p, led, parted } = c.choice!;
  const pad = `${INDENT}${INDENT}→ `;
  const out = [`${INDENT}On ${p.date} the player (${p.role}) chose ${p.option} at ${p.decision}; the model would ${p.model}${p.reason ? ` ("${p.reason}")` : ''}.`,
    `${INDENT}The chain:`, `${pad}${p.id}: ${p.option} (the model: ${p.model})`];
  const g = p.overrode;
  if (g) {
    out.push(`${pad}overrode ${guardWho(g.guard)}: it needs ${guardCondition(g.guard, g.threshold)}, read ${readingText(g)}; ${
      g.holds ? 'the player declined the move it allowed' : 'the player moved without it'}`);
  }
  out.push(led ? `${pad}${led.date} ${led.says}` : `${pad}the path stayed at ${p.decision}`);
  out.push(`${pad}${c.divergence} ${c.diverged!.here ?? 'never'} (${other} ${c.diverged!.there ?? 'never'})`);
  if (parted > 1) out.push(`${INDENT}${parted} of the player's choices parted from the model's by then; the first is told here, the path below has them all.`);
  return out;
}

/** An origin's lines; one already `told` is named again without its summary. */
function originLines(o: Origin, other: string, told: Set<string>): string[] {
  const pad = `${INDENT}${INDENT}`;
  const first = !told.has(o.name);
  told.add(o.name);
  if (o.kind === 'start') return [`${pad}${o.name} ${o.change ?? ''}`.trimEnd()];
  const when = (d: string | null) => d ?? 'never';
  if (o.kind === 'input') {
    const side = (d: Origin['here'], date: string | null) => (d ? signed(d.delta) : date ? `not yet (${date})` : 'never');
    const what = o.change ?? `${side(o.here, o.hereDate)} here, ${side(o.there, o.thereDate)} in ${other} by then`;
    const where = o.change === 'removed' ? ` (${other}: ${when(o.thereDate)})` : o.here && o.change ? ` (${o.here.date})` : '';
    return [`${pad}${o.name} ${what}${first ? `${where}: ${o.says}${sourcesText(o.sources)}` : ''}`];
  }
  const root = o.root ? [`${pad}${o.root}${o.change ? ` ${o.change}` : ''}${first ? sourcesText(o.sources) : ''}`] : [];
  const late = !o.there && o.thereDate ? `, after that point` : '';
  return [...root, `${pad}→ ${o.name} on ${when(o.hereDate)} (${other} ${when(o.thereDate)}${late})${first ? `: ${o.says}` : ''}`];
}
