import { formatDay } from '../../engine/dates.js';
import type { Condition, Discovery } from '../discover/discover-sweep.js';
import type { Restriction } from '../discover/prim.js';
import { MASS_MIN, PEEL_ALPHA, SIGNIFICANCE, THRESHOLD } from '../discover/prim.js';
import type { UncertainInput } from '../uncertainty.js';
import { columns, count, percent, rule } from './format.js';

interface Swept {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly uncertainty: readonly UncertainInput[];
}

/** "never reach final-approval", as the report's sentences say it. */
export function conditionWords(c: Condition): string {
  if (c.when === 'never') return `never reach ${c.milestone}`;
  return c.when === 'after' ? `reach ${c.milestone} after ${formatDay(c.day)} or never` : `reach ${c.milestone} before ${formatDay(c.day)}`;
}

const value = (u: UncertainInput, v: number) => (u.kind === 'parameter' && !u.wholeDays ? String(Math.round(v * 1000) / 1000) : String(v)).replace('-', '−');

/** One restriction in words: "finalApprovalMargin ≥ 0.062", "armavir-radar-strike.occurs: happens". */
export function restrictionWords(u: UncertainInput, r: Restriction): string {
  if (u.kind === 'occurs') return `${u.event} ${r.low ? 'happens' : 'does not happen'}`;
  if (r.low && r.high) return `${value(u, r.lo)} ≤ ${u.key} ≤ ${value(u, r.hi)}`;
  return r.low ? `${u.key} ≥ ${value(u, r.lo)}` : `${u.key} ≤ ${value(u, r.hi)}`;
}

const pValue = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/** The plain-words finding: how many of the cases the box holds, what bounds it, and how dense it is. */
export function discoverySentence(swept: Swept, c: Condition, d: Discovery): string {
  const s = d.prim.box;
  const words = conditionWords(c);
  // One run at a time: "no run … reaches", where the other sentences speak of runs that reach.
  if (d.cases === 0) return `no run of the ${count(d.runs)} runs ${c.when === 'never' ? words.replace('never reach', 'fails to reach') : words.replace(/^reach\b/, 'reaches')}.`;
  const bounds = d.prim.restrictions.map((r) => restrictionWords(swept.uncertainty[r.input]!, r));
  if (bounds.length === 0) return `no box over the inputs holds the ${count(d.cases)} runs that ${words} more densely than all runs do (${percent(d.cases / d.runs)}).`;
  return `in ${count(s.cases)} of the ${count(d.cases)} runs that ${words}, ${bounds.join(' and ')}; `
    + `of the ${count(s.runs)} runs in that box, ${percent(s.density)} ${words} (of all runs, ${percent(d.cases / d.runs)}).`;
}

/** `sweep S --discover "<condition>"`: the peeling trajectory, the chosen box with each restriction's quasi-p, and the finding in words. */
export function discoverText(swept: Swept, c: Condition, d: Discovery): string {
  const head = ['step', 'runs in box', 'coverage', 'density', 'inputs restricted'];
  const rows = d.prim.trajectory.map((s, i) => [
    `${i}${i === d.prim.chosen ? ' ◀' : ''}`, count(s.runs), percent(s.coverage), percent(s.density),
    String(s.box.filter(([lo, hi], j) => lo > d.prim.trajectory[0]!.box[j]![0] || hi < d.prim.trajectory[0]!.box[j]![1]).length),
  ]);
  const bhead = ['input', 'range kept', 'quasi-p'];
  const brows = d.prim.restrictions.map((r) => [swept.uncertainty[r.input]!.key, restrictionWords(swept.uncertainty[r.input]!, r), pValue(r.quasiP)]);
  return [
    `${swept.scenario.id}: ${swept.scenario.title}`,
    `scenario discovery (PRIM) · ${count(d.runs)} runs · seed ${swept.seed} · cases: runs that ${conditionWords(c)}: ${count(d.cases)} (${percent(d.cases / d.runs)})`,
    `peeling ${PEEL_ALPHA * 100}% of the box at a time down to ${MASS_MIN * 100}% of the runs, no pasting; the box chosen: the highest coverage of those with a density of ${THRESHOLD * 100}% or more, else the densest`,
    '',
    'peeling trajectory',
    ...columns([head, rule([head, ...rows]), ...rows], [1, 2, 3, 4]),
    '',
    `the box of step ${d.prim.chosen}, its restrictions with a quasi-p of ${SIGNIFICANCE} or more dropped one by one`
      + `${d.prim.dropped.length ? ` (${d.prim.dropped.map((j) => swept.uncertainty[j]!.key).join(', ')})` : ''}:`
      + ` ${count(d.prim.box.runs)} runs, coverage ${percent(d.prim.box.coverage)}, density ${percent(d.prim.box.density)}`,
    '(quasi-p: a one-sided binomial test of the box\'s cases against the density of the box without that restriction)',
    ...(brows.length ? columns([bhead, rule([bhead, ...brows]), ...brows], [2]) : ['(no restriction)']),
    '',
    discoverySentence(swept, c, d),
  ].join('\n');
}

/** `--discover ... --json`. */
export function discoverJson(swept: Swept, c: Condition, d: Discovery): object {
  const keys = swept.uncertainty.map((u) => u.key);
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    scenario: swept.scenario, seed: swept.seed, inputs: keys,
    discover: { condition: conditionWords(c), runs: d.runs, cases: d.cases, method: 'prim', peelAlpha: PEEL_ALPHA, massMin: MASS_MIN, threshold: THRESHOLD, pasting: false },
    trajectory: d.prim.trajectory.map((s) => ({ runs: s.runs, cases: s.cases, coverage: r4(s.coverage), density: r4(s.density), mass: r4(s.mass) })),
    chosen: d.prim.chosen, dropped: d.prim.dropped.map((j) => keys[j]),
    boxRuns: d.prim.box.runs, boxCases: d.prim.box.cases, coverage: r4(d.prim.box.coverage), density: r4(d.prim.box.density),
    box: d.prim.restrictions.map((r) => ({ input: keys[r.input], min: r.low ? r.lo : null, max: r.high ? r.hi : null, quasiP: r.quasiP })),
    finding: discoverySentence(swept, c, d),
  };
}
