import { GUARDS, PACED_STEPS, type GuardName, type GuardReading, type Pace } from '../../machines/index.js';
import { quantityLabel } from './quantity.js';

export const INDENT = '  ';

/** ` [key, key]` after a line, or nothing. */
export const sourcesText = (sources: readonly string[]): string => (sources.length ? ` [${sources.join(', ')}]` : '');

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A level for people: two decimals (three when it would round to zero), a true minus sign. */
export function num(x: number): string {
  const digits = x !== 0 && Math.abs(x) < 0.005 ? 3 : 2;
  const s = Math.abs(x).toFixed(digits);
  return x < 0 && Number(s) !== 0 ? `−${s}` : s;
}

/** A change: `+0.17`, `−0.08`. */
export function signed(x: number): string {
  return x > 0 ? `+${num(x)}` : x < 0 ? num(x) : '±0.00';
}

/** What a guard asks for: `case for lifting ≥ 0.45`. */
export function guardCondition(guard: GuardName, threshold: number): string {
  const g = GUARDS[guard];
  return `${quantityLabel(g.measure)} ${g.op === '>=' ? '≥' : '<'} ${num(threshold)}`;
}

/** A reading in words: `0.43, short by 0.02` or `0.49, held by 0.04`. */
export function readingText(r: GuardReading): string {
  return `${num(r.value)}, ${r.holds ? 'held by' : 'short by'} ${num(Math.abs(r.margin))}`;
}

/** `advisors agree to recommend (Sullivan, Austin, Brown)` */
export function guardWho(guard: GuardName): string {
  return `${GUARDS[guard].label} (${GUARDS[guard].who})`;
}

/** Days as words: `4 days later`, `1 day earlier`, `the same day`. */
export function daysText(days: number): string {
  if (days === 0) return 'the same day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}`;
}

/** `the letter in 2 days, not 3: case minus restraint 0.09 was past the final bar (urgency 0.91)` */
export function paceText(p: Pace): string {
  const n = (x: number) => Number(x.toFixed(2));
  return `${PACED_STEPS[p.delay]} in ${n(p.days)} day${p.days === 1 ? '' : 's'}, not ${n(p.base)}: case minus restraint ${num(p.net)} was past the final bar (urgency ${num(p.urgency)})`;
}
