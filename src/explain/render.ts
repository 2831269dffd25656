import { ACTORS, GUARDS, type ActorId, type MachineId } from '../../machines/index.js';
import { daysBetween } from '../engine/dates.js';
import type { Explanation, Movers } from './explain.js';
import type { PathStep } from './path.js';
import type { Stop } from './stop.js';
import { INDENT, capital, daysText, sourcesText, guardCondition, guardWho, num, paceText, readingText, signed } from './format.js';
import { renderContrast } from './render-contrast.js';
import { quantityLabel } from './quantity.js';
import { statesReading } from './machine-nodes.js';


/** The text `redline explain` prints: headline, then why it differs, where it stopped, the path, and what moved the guard. */
export function renderExplanation(x: Explanation): string {
  const out = [`${x.milestone} in ${x.scenario.id}: ${x.scenario.title}`, headline(x)];
  if (x.contrast?.divergence) out.push('', ...renderContrast(x.contrast));
  if (x.skip) {
    out.push('', 'Skipped',
      `${INDENT}The path went past this step without taking it: on ${x.skip.date}, ${guardWho(x.skip.guard)} needs ${guardCondition(x.skip.guard, x.skip.reading.threshold)}; it read ${readingText(x.skip.reading)}.`);
  }
  if (x.stop) out.push('', 'Where the path stopped', ...stopSection(x.stop, x.path.some((p) => p.choice)));
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

function stopSection(s: Stop, played: boolean, nested = false): string[] {
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
    // In the model's own run a guard that holds moves the machine; in a played one the player may wait.
    const held = played && best!.reading.holds;
    out.push(`${INDENT}${capital(guardWho(s.guard))} needs ${guardCondition(s.guard, s.approach.last.reading.threshold)}. ${held ? 'It held, and the player chose to wait:' : 'It never held:'}`,
      `${INDENT}${held ? 'best' : 'closest'} ${bestText}; at the end ${readingText(s.approach.last.reading)}.`);
  }
  if (s.waitsOn) out.push(`${INDENT}It waits on ${whoIs(s.waitsOn.machine)}:`, ...stopSection(s.waitsOn, played, true).map((l) => INDENT + l));
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
    } else if (!s.choice && s.previous.date && s.previous.date < s.date) notes.push(`${daysBetweenText(s.previous.date, s.date)} on`);
    if (s.choice?.overrode) notes.push(`went against ${GUARDS[s.choice.overrode.guard].label}, ${guardCondition(s.choice.overrode.guard, s.choice.overrode.threshold)}: ${readingText(s.choice.overrode)}`);
    if (s.choice?.reason) notes.push(`"${s.choice.reason}"`);
    if (s.guard) notes.push(`${s.chosen && !s.guard.holds ? 'the player\'s move, though ' : ''}${guardCondition(s.guard.guard, s.guard.threshold)}: ${readingText(s.guard)}`);
    if (s.pace) notes.push(paceText(s.pace));
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

