import { MILESTONE_IDS } from '../../../machines/index.js';
import type { SobolReport } from '../sobol/sobol-sweep.js';
import { columns, count, rule } from './format.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const fixed = (x: number) => (Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2)).replace('-', '−');
const interval = ([lo, hi]: readonly [number, number]) => `${fixed(lo)} … ${fixed(hi)}`;
/** Inputs shown per milestone: those whose total-order interval reaches 0.01, at most this many. */
const SHOWN = 8;

interface Swept {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly inputs: readonly string[];
}

/** `sweep S --sensitivity sobol`: per milestone whose date varies, each input's S1 and ST with their 95% intervals. */
export function sobolText(swept: Swept, r: SobolReport): string {
  const out = [
    `${swept.scenario.id}: ${swept.scenario.title}`,
    `Sobol indices · ${count(r.base)} base rows × (${swept.inputs.length} inputs + 2) = ${count(r.runs)} runs · seed ${swept.seed}`,
    ...wrap(`statistic: ${r.statistic} (${r.resamples} resamples).`),
  ];
  const constant = MILESTONE_IDS.filter((id) => !r.milestones[id]);
  if (constant.length) out.push('', ...wrap(`the same date in every run (no indices): ${constant.join(', ')}`));
  for (const id of MILESTONE_IDS) {
    const ranked = r.milestones[id];
    if (!ranked) continue;
    out.push('');
    const shown = ranked.filter((x) => x.ST_conf[1] >= 0.01).slice(0, SHOWN);
    const head = [id, 'S1', '95% interval', 'ST', '95% interval'];
    const rows = shown.map((x) => [`  ${x.input}`, fixed(x.S1), interval(x.S1_conf), fixed(x.ST), interval(x.ST_conf)]);
    out.push(...columns([head, rule([head, ...rows]), ...rows], [1, 3]));
    const rest = ranked.length - shown.length;
    if (rest > 0) out.push(`  (${rest} more input${rest === 1 ? '' : 's'}: ST below 0.01)`);
  }
  return out.join('\n');
}

/** `sweep S --sensitivity sobol --json`. */
export function sobolJson(swept: Swept, r: SobolReport): object {
  const milestones = Object.fromEntries(MILESTONE_IDS.map((id) => [id, r.milestones[id]?.map((x) => ({
    input: x.input, S1: round(x.S1), S1_conf: x.S1_conf.map(round), ST: round(x.ST), ST_conf: x.ST_conf.map(round),
  })) ?? null]));
  return {
    scenario: swept.scenario, seed: swept.seed, inputs: swept.inputs,
    sensitivity: { method: 'sobol', base: r.base, runs: r.runs, resamples: r.resamples, confidence: 0.95 },
    statistic: r.statistic, milestones,
  };
}

/** Words wrapped to lines of at most `width` characters. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
