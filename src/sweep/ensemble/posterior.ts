import { drawRun } from '../draws.js';
import type { UncertainInput } from '../uncertainty.js';

/** How much the record narrows a parameter: 1 − (posterior p5–p95 width / prior's). */
export type Identification = 'identified' | 'weakly identified' | 'not identified';

export interface ParameterPosterior {
  readonly key: string;
  readonly prior: readonly [number, number];
  readonly posterior: readonly [number, number];
  readonly narrowing: number;
  readonly label: Identification;
}

export interface Correlation {
  readonly a: string;
  readonly b: string;
  readonly r: number;
}

/** Narrowing at which a parameter counts as pinned down by the record, or partly: a judgement, stated. */
export const IDENTIFIED = 0.5;
export const WEAKLY_IDENTIFIED = 0.2;

/** The p-quantile of sorted values, interpolated (type 7, as R and NumPy default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

const band = (xs: Float64Array): [number, number] => {
  const s = Float64Array.from(xs).sort();
  return [quantile(s, 0.05), quantile(s, 0.95)];
};

export const label = (narrowing: number): Identification =>
  narrowing >= IDENTIFIED ? 'identified' : narrowing >= WEAKLY_IDENTIFIED ? 'weakly identified' : 'not identified';

/**
 * Prior and posterior p5–p95 of each drawn parameter. The prior's band comes from
 * the calibration's own first draws (the same generator, no runs needed), so prior
 * and posterior are read the same way.
 */
export function posteriorSummary(
  inputs: readonly UncertainInput[], seed: number, tried: { from: number; to: number },
  members: readonly { readonly packed: ArrayLike<number> }[],
): ParameterPosterior[] {
  const n = Math.min(20_000, tried.to - tried.from);
  const priorDraws = inputs.map(() => new Float64Array(n));
  const draws = new Float64Array(inputs.length);
  for (let i = 0; i < n; i++) {
    drawRun(inputs, seed, tried.from + i, draws);
    draws.forEach((v, j) => (priorDraws[j]![i] = v));
  }
  return inputs.flatMap((u, j) => {
    if (u.kind !== 'parameter') return [];
    const prior = band(priorDraws[j]!);
    const posterior = band(Float64Array.from(members, (m) => m.packed[j]!));
    const width = prior[1] - prior[0];
    const narrowing = width > 0 ? 1 - (posterior[1] - posterior[0]) / width : 0;
    return [{ key: u.key, prior, posterior, narrowing, label: label(narrowing) }];
  });
}

/** Pearson's r between every two drawn parameters over the members, strongest first. */
export function correlations(inputs: readonly UncertainInput[], members: readonly { readonly packed: ArrayLike<number> }[], top = 5): Correlation[] {
  const cols = inputs.flatMap((u, j) => (u.kind === 'parameter' ? [{ key: u.key, xs: Float64Array.from(members, (m) => m.packed[j]!) }] : []));
  const out: Correlation[] = [];
  for (let a = 0; a < cols.length; a++) {
    for (let b = a + 1; b < cols.length; b++) {
      const r = pearson(cols[a]!.xs, cols[b]!.xs);
      if (Number.isFinite(r)) out.push({ a: cols[a]!.key, b: cols[b]!.key, r });
    }
  }
  return out.sort((x, y) => Math.abs(y.r) - Math.abs(x.r) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)).slice(0, top);
}

export function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
