import { PARAMETERS, PARAMETER_NAMES, UNIT_RANGE, isParameterName, type ParameterName } from '../../machines/index.js';
import { InputError, byPosition, didYouMean, type Problem } from '../scenario/errors.js';
import type { YamlFile } from '../scenario/yaml-file.js';

/** How a parameter is drawn. */
export type Distribution =
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  /** Drawn from the normal, then clipped (clamped) to [min, max]. */
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number; readonly min: number; readonly max: number }
  | { readonly kind: 'choice'; readonly values: readonly number[] };

/** One thing a sweep varies, named by `key` in rows, reports and attribution. */
export type UncertainInput =
  | { readonly kind: 'parameter'; readonly key: string; readonly name: ParameterName; readonly dist: Distribution; readonly wholeDays: boolean }
  /** The input moves by a whole number of days drawn evenly from [min, max]. */
  | { readonly kind: 'jitter'; readonly key: string; readonly event: string; readonly index: number; readonly min: number; readonly max: number }
  /** The input happens in a run with this probability. */
  | { readonly kind: 'occurs'; readonly key: string; readonly event: string; readonly index: number; readonly p: number };

/** The range each kind of parameter lives in (machines/priors.ts): a draw outside it is a mistake in the file. */
export { UNIT_RANGE };

const DISTRIBUTIONS = ['uniform', 'triangular', 'normal', 'choice'] as const;
const ENTRY_KEYS = { parameter: ['parameter', 'dist'], event: ['event', 'jitter_days', 'probability'] } as const;
const MAX_JITTER = 365;

type Path = (string | number)[];

/**
 * Reads a scenario's `uncertainty` block from its raw YAML: each entry a
 * parameter with a distribution, or an input event with a date jitter and/or
 * a probability. Throws `InputError` listing every bad entry with its line.
 *
 * @example
 *   const spec = parseUncertainty(readYamlFile(file), scenario.inputs.events);
 *   spec.map((u) => u.key) // ['advisorsSupportThreshold', 'blinken-briefs-biden.jitter_days', ...]
 */
export function parseUncertainty(yaml: YamlFile, events: readonly { readonly id: string }[]): UncertainInput[] {
  const raw = (yaml.data as { uncertainty?: unknown } | null)?.uncertainty;
  if (raw === undefined) return [];
  const problems: Problem[] = [];
  const at = (path: Path, message: string) => problems.push(yaml.problem(['uncertainty', ...path], message));
  if (!Array.isArray(raw)) {
    at([], 'uncertainty: expected a list of entries, each "- parameter: <name>" with a dist, or "- event: <id>" with jitter_days and/or probability');
    throw new InputError(problems);
  }
  const eventIndex = new Map(events.map((e, i) => [e.id, i]));
  const seen = new Map<string, number>();
  const out: UncertainInput[] = [];
  raw.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      at([i], `uncertainty.${i}: expected a mapping such as "parameter: letterDraftingDays" with "dist: { uniform: [2, 5] }"`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const kind = 'parameter' in e ? 'parameter' : 'event' in e ? 'event' : undefined;
    if (!kind || ('parameter' in e && 'event' in e)) {
      at([i], `uncertainty.${i}: name exactly one of "parameter" or "event"`);
      return;
    }
    for (const k of Object.keys(e)) {
      if (!(ENTRY_KEYS[kind] as readonly string[]).includes(k)) {
        problems.push(yaml.keyProblem(['uncertainty', i], k, `unknown field "${k}" in uncertainty.${i}${didYouMean(k, ENTRY_KEYS[kind])}; ${kind === 'event' ? 'an' : 'a'} ${kind} entry takes ${ENTRY_KEYS[kind].join(', ')}`));
      }
    }
    const name = e[kind];
    if (typeof name !== 'string') {
      at([i, kind], `uncertainty.${i}.${kind}: expected a name; found ${JSON.stringify(name)}`);
      return;
    }
    if (seen.has(name)) {
      at([i, kind], `"${name}" is already uncertain (entry ${seen.get(name)! + 1}); give each ${kind} one entry`);
      return;
    }
    seen.set(name, i);
    if (kind === 'parameter') {
      if (!isParameterName(name)) {
        at([i, kind], `unknown parameter "${name}"${didYouMean(name, PARAMETER_NAMES)}; see machines/parameters.ts`);
        return;
      }
      const dist = parseDistribution(e.dist, name, (path, m) => at([i, 'dist', ...path], m));
      if (dist) out.push({ kind: 'parameter', key: name, name, dist, wholeDays: PARAMETERS[name].unit === 'days' });
      return;
    }
    const index = eventIndex.get(name);
    if (index === undefined) {
      at([i, kind], `unknown event "${name}"${didYouMean(name, eventIndex.keys())}; name the id of one of this scenario's events`);
      return;
    }
    if (e.jitter_days === undefined && e.probability === undefined) {
      at([i, kind], `uncertainty.${i}: say how "${name}" is uncertain: jitter_days: [-2, 3] and/or probability: 0.3`);
    }
    if (e.probability !== undefined) {
      const p = e.probability;
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) at([i, 'probability'], `probability: expected a number from 0 to 1; found ${JSON.stringify(p)}`);
      else out.push({ kind: 'occurs', key: `${name}.occurs`, event: name, index, p });
    }
    if (e.jitter_days !== undefined) {
      const j = e.jitter_days;
      const ok = Array.isArray(j) && j.length === 2 && j.every((d) => Number.isInteger(d) && Math.abs(d) <= MAX_JITTER) && j[0] <= j[1];
      if (!ok) {
        at([i, 'jitter_days'], `jitter_days: expected [earliest, latest] whole days with earliest ≤ latest, within ±${MAX_JITTER} (e.g. [-2, 3]); found ${JSON.stringify(j)}`);
      } else out.push({ kind: 'jitter', key: `${name}.jitter_days`, event: name, index, min: j[0], max: j[1] });
    }
  });
  if (problems.length > 0) throw new InputError(problems.sort(byPosition));
  return out;
}

function parseDistribution(raw: unknown, name: ParameterName, at: (path: Path, message: string) => void): Distribution | undefined {
  const { unit } = PARAMETERS[name];
  const [lo, hi] = UNIT_RANGE[unit];
  const range = `${name} is a ${unit}${unit === 'days' ? ' count' : ''} from ${lo} to ${hi}`;
  const example = `e.g. dist: { triangular: [${lo}, ${(lo + hi) / 2}, ${hi}] }`;
  if (raw === undefined) return void at([], `missing dist for ${name}; ${example}`);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length !== 1) {
    return void at([], `dist: expected one of ${DISTRIBUTIONS.join(', ')} with its numbers, ${example}`);
  }
  const [kind, args] = Object.entries(raw)[0]!;
  if (!(DISTRIBUTIONS as readonly string[]).includes(kind)) {
    return void at([kind], `unknown distribution "${kind}"${didYouMean(kind, DISTRIBUTIONS)}; expected ${DISTRIBUTIONS.join(', ')}`);
  }
  const numbers = Array.isArray(args) && args.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (args as number[]) : undefined;
  const fail = (message: string) => void at([kind], `${kind}: ${message}; found ${JSON.stringify(args)}`);
  const inRange = (xs: readonly number[]) => xs.every((x) => x >= lo && x <= hi);
  switch (kind) {
    case 'uniform': {
      if (!numbers || numbers.length !== 2 || !(numbers[0]! < numbers[1]!)) return fail('expected [min, max] with min < max');
      if (!inRange(numbers)) return fail(`${range}`);
      return { kind, min: numbers[0]!, max: numbers[1]! };
    }
    case 'triangular': {
      const [a, c, b] = numbers ?? [];
      if (!numbers || numbers.length !== 3 || !(a! <= c! && c! <= b! && a! < b!)) return fail('expected [min, mode, max] with min ≤ mode ≤ max and min < max');
      if (!inRange(numbers)) return fail(`${range}`);
      return { kind, min: a!, mode: c!, max: b! };
    }
    case 'normal': {
      if (!numbers || (numbers.length !== 2 && numbers.length !== 4)) return fail('expected [mean, sd] or [mean, sd, min, max] (draws are clipped to min..max, by default the parameter\'s range)');
      const [mean, sd, min = lo, max = hi] = numbers;
      if (!(sd! > 0)) return fail('the standard deviation must be above 0');
      if (!(min < max) || !(mean! >= min && mean! <= max)) return fail('expected min < max with the mean between them');
      if (!inRange([min, max])) return fail(`${range}`);
      return { kind, mean: mean!, sd: sd!, min, max };
    }
    default: {
      if (!numbers || numbers.length === 0) return fail('expected a list of values, e.g. [2, 3, 5]');
      if (!inRange(numbers)) return fail(`${range}`);
      if (unit === 'days' && !numbers.every(Number.isInteger)) return fail(`${name} counts whole days`);
      return { kind: 'choice', values: numbers };
    }
  }
}
