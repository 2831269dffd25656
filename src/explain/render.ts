import { ACTORS, GUARDS, PARAMETERS, type ActorId, type MachineId } from '../../machines/index.js';
import { daysBetween } from '../engine/dates.js';
import type { Explanation, Movers } from './explain.js';
import type { Contrast, Gate, Origin, Trigger } from './contrast.js';
import type { PathStep } from './path.js';
import type { Stop } from './stop.js';
import { daysText, guardCondition, guardWho, num, readingText, signed } from './format.js';
import { quantityLabel } from './quantity.js';
import { statesReading } from './machine-nodes.js';

const INDENT = '  ';
const sourcesText = (sources: readonly string[]) => (sources.length ? ` [${sources.join(', ')}]` : '');

/** The text `redline explain` prints: headline, then why it differs, where it stopped, the path, and what moved the guard. */
export function renderExplanation(x: Explanation): string {
  const out = [`${x.milestone} in ${x.scenario.id}: ${x.scenario.title}`, headline(x)];
  if (x.contrast?.divergence) out.push('', ...contrastSection(x.contrast));
  if (x.skip) {
    out.push('', 'Skipped',
      `${INDENT}The path went past this step without taking it: on ${x.skip.date}, ${guardWho(x.skip.guard)} needs ${guardCondition(x.skip.guard, x.skip.reading.threshold)}; it read ${readingText(x.skip.reading)}.`);
  }
  if (x.stop) out.push('', 'Where the path stopped', ...stopSection(x.stop));
  out.push('', x.date ? 'How it came about' : 'The path as far as it went', ...pathSection(x.path));
  if (x.movers) out.push('', ...moversSection(x.movers));
  return out.join('\n');
}

function headline(x: Explanation): string {
  const c = x.contrast;
  const other = c?.against.id;
  if (x.date) {
    if (!c) return `${x.label}: ${x.date}.`;
    if (!c.there) return `${x.label}: ${x.date}; never reached in ${other}.`;
    return `${x.label}: ${x.date}, ${c.days === 0 ? `as in ${other}` : `${daysText(c.days!)} than in ${other} (${c.there})`}.`;
  }
  if (!c) return `${x.label}: never reached.`;
  return `${x.label}: never reached${c.there ? `; in ${other} on ${c.there}` : `, nor in ${other}`}.`;
}

function contrastSection(c: Contrast): string[] {
  const other = c.against.id;
  const when = (d: string | null) => d ?? 'never';
  const out = [`Why it differs from ${other}`,
    `${INDENT}The runs part at ${c.divergence}: ${when(c.diverged!.here)} here, ${when(c.diverged!.there)} in ${other}.`];
  if (c.gate) return [...out, ...gateLines(c.gate, other)];
  const t = (label: string, tr: Trigger | null) => tr
    ? `${INDENT}${label}: ${tr.says} (${tr.date}), set off by ${tr.root}${tr.change ? ` (${tr.change})` : ''}.`
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

function stopSection(s: Stop, nested = false): string[] {
  const out = [`${INDENT}${capital(whoIs(s.machine))} ${nested ? 'stayed' : 'ended'} at ${s.state.split('.').at(-1)} ${
    s.since ? `(since ${s.since.date})` : '(from the start)'}: ${s.description}`];
  const best = s.approach?.closest;
  const arrived = best && s.since && best.seq === s.since.seq;
  const bestText = !best ? '' : `${readingText(best.reading)}, ${arrived ? `on ${best.date}, when the path got there`
    : `on ${best.date ?? 'the first day'}${best.after ? ` after ${best.after}` : ''}`}`;
  if (s.guard && s.failures) {
    const first = s.failures[0]!;
    out.push(`${INDENT}${capital(guardWho(s.guard))} needs ${guardCondition(s.guard, first.reading.threshold)}; it was weighed ${
      s.failures.map((f) => `on ${f.date} (${readingText(f.reading)})`).join(', ')}.`);
    const where = statesReading(s.guard).map((n) => (n.description ?? '').replace(/\.$/, '')).find(Boolean);
    if (best) out.push(`${INDENT}Its best reading from the first time on: ${bestText}; it is weighed only at one step${where ? ` (${where})` : ''}.`);
  } else if (s.guard && s.approach) {
    out.push(`${INDENT}${capital(guardWho(s.guard))} needs ${guardCondition(s.guard, s.approach.last.reading.threshold)}. It never held:`,
      `${INDENT}closest ${bestText}; at the end ${readingText(s.approach.last.reading)}.`);
  }
  if (s.waitsOn) out.push(`${INDENT}It waits on ${whoIs(s.waitsOn.machine)}:`, ...stopSection(s.waitsOn, true).map((l) => INDENT + l));
  return out;
}

/** `Kyiv`, `the decision path`. */
function whoIs(machine: MachineId): string {
  return machine === 'decision' ? 'the decision path' : ACTORS[machine as ActorId]?.split(' (')[0] ?? machine;
}

function pathSection(steps: readonly PathStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    out.push(`${INDENT}${s.date}  ${s.says}`);
    const notes: string[] = [];
    if (s.trigger) {
      const waitedFrom = s.previous.date && s.previous.date < s.date ? `waited from ${s.previous.date}, until ` : 'after ';
      notes.push(`${waitedFrom}${s.trigger.name}`);
    } else if (s.previous.date && s.previous.date < s.date) notes.push(`${daysBetweenText(s.previous.date, s.date)} on`);
    if (s.guard) notes.push(`${guardCondition(s.guard.guard, s.guard.threshold)}: ${readingText(s.guard)}`);
    if (s.sources.length) notes.push(s.sources.join(', '));
    if (notes.length) out.push(`${INDENT}            ${notes.join(' · ')}`);
  }
  return out.length ? out : [`${INDENT}Nothing moved: Kyiv never pressed and Washington never had a request to weigh.`];
}

/** Moves smaller than this are summed on one line, so the list keeps to what mattered. */
const SMALL_MOVE = 0.01;

function moversSection(m: Movers): string[] {
  const label = quantityLabel(m.quantity);
  const out = [`What moved the ${label} (what "${GUARDS[m.guard].label}" reads)${m.until ? `, up to ${m.until}` : ''}`];
  const row = (date: string, value: string, text: string) => `${INDENT}${date.padEnd(10)}  ${value.padStart(6)}  ${text}`;
  out.push(row('', num(m.start), 'at the start'));
  const small = m.items.filter((c) => Math.abs(c.delta) < SMALL_MOVE);
  for (const c of m.items) {
    if (Math.abs(c.delta) >= SMALL_MOVE) out.push(row(c.date, signed(c.delta), `${c.name}: ${c.says}${sourcesText(c.sources)}`));
  }
  if (small.length) {
    const sum = small.reduce((acc, c) => acc + c.delta, 0);
    out.push(row('', signed(sum), `${small.length} smaller move${small.length === 1 ? '' : 's'}: ${small.map((c) => c.name).join(', ')}`));
  }
  out.push(row('', num(m.end), `in all, against ${guardCondition(m.guard, m.threshold)}`));
  return out;
}

function daysBetweenText(a: string, b: string): string {
  const n = daysBetween(a, b);
  return `${n} day${n === 1 ? '' : 's'}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
