import { PARAMETERS, PARAMETER_NAMES, PRIORS, UNIT_RANGE } from '../../../machines/index.js';
import type { UncertainInput } from '../uncertainty.js';

/**
 * What calibration draws: every parameter with a prior (machines/priors.ts), in
 * the model's order, then the scenario's own uncertain inputs (its dated inputs'
 * jitter and chance). A parameter the scenario's block draws is drawn as it says.
 */
export function priorInputs(scenario: readonly UncertainInput[]): UncertainInput[] {
  const own = new Map(scenario.flatMap((u) => (u.kind === 'parameter' ? [[u.name, u] as const] : [])));
  const out: UncertainInput[] = [];
  for (const name of PARAMETER_NAMES) {
    const given = own.get(name);
    if (given) {
      out.push(given);
      continue;
    }
    const { shape } = PRIORS[name];
    if (shape.kind === 'fixed') continue;
    out.push({ kind: 'parameter', key: name, name, dist: shape, wholeDays: PARAMETERS[name].unit === 'days' });
  }
  return [...out, ...scenario.filter((u) => u.kind !== 'parameter')];
}

/** The priors that fall outside their parameter's range: a mistake in machines/priors.ts. */
export function priorProblems(): string[] {
  return PARAMETER_NAMES.flatMap((name) => {
    const { shape } = PRIORS[name];
    const [lo, hi] = UNIT_RANGE[PARAMETERS[name].unit];
    if (shape.kind === 'fixed') return [];
    const ends = shape.kind === 'normal' ? [shape.min, shape.max, shape.mean] : shape.kind === 'triangular' ? [shape.min, shape.mode, shape.max] : [shape.min, shape.max];
    return ends.every((x) => x >= lo && x <= hi) && ends[0]! < ends[1]!
      ? []
      : [`machines/priors.ts: the prior of ${name} (${JSON.stringify(shape)}) leaves its range ${lo}..${hi} (${PARAMETERS[name].unit}) or is empty; keep it inside`];
  });
}
