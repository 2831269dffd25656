import { binomialUpperTail } from './binomial.js';

/** A box over the inputs: per input the kept range [lo, hi], inclusive. */
export type Box = readonly (readonly [number, number])[];

export interface PrimStep {
  readonly box: Box;
  /** Share of the cases of interest inside the box. */
  readonly coverage: number;
  /** Share of the runs inside the box that are cases. */
  readonly density: number;
  /** Share of all runs inside the box. */
  readonly mass: number;
  readonly runs: number;
  readonly cases: number;
}

export interface Restriction {
  readonly input: number;
  readonly lo: number;
  readonly hi: number;
  /** Whether the lower and the upper bound cut anything off. */
  readonly low: boolean;
  readonly high: boolean;
  /** EMA Workbench's quasi-p: a one-sided binomial test of the box's cases against the density of the box without this restriction. */
  readonly quasiP: number;
}

export interface PrimResult {
  readonly trajectory: readonly PrimStep[];
  /** The step chosen: the highest coverage among boxes reaching the density threshold, else the densest. */
  readonly chosen: number;
  /** The chosen box once restrictions that are not significant are dropped (EMA's drop_restriction), and its figures. */
  readonly box: PrimStep;
  readonly restrictions: readonly Restriction[];
  /** Inputs whose restriction was dropped, the least significant first. */
  readonly dropped: readonly number[];
}

/** A restriction stays in the box when its quasi-p is below this. */
export const SIGNIFICANCE = 0.05;

/** Friedman and Fisher's peeling alpha, EMA Workbench's default. */
export const PEEL_ALPHA = 0.05;
/** Peeling stops below this share of all runs (EMA's mass_min). */
export const MASS_MIN = 0.05;
/** The density a box should reach to be chosen (EMA's default threshold). */
export const THRESHOLD = 0.8;

/**
 * PRIM (Friedman and Fisher 1999), as EMA Workbench runs it for scenario
 * discovery, peeling only: from the box holding every run, repeatedly cut off
 * about `alpha` of the runs in the box from one side of one input (for a
 * discrete input, its lowest or highest value), choosing the cut that leaves
 * the densest box, until the box would hold less than `massMin` of all runs
 * or no cut raises its density.
 *
 * @param x per input, each run's value
 * @param y per run, whether it is a case of interest
 */
export function prim(x: readonly Float64Array[], y: Uint8Array, opts: { alpha?: number; massMin?: number; threshold?: number } = {}): PrimResult {
  const alpha = opts.alpha ?? PEEL_ALPHA;
  const massMin = opts.massMin ?? MASS_MIN;
  const n = y.length;
  const total = y.reduce((s, v) => s + v, 0);
  let inBox = Array.from({ length: n }, (_, i) => i);
  let box: [number, number][] = x.map((col) => [Math.min(...col), Math.max(...col)]);
  const step = (b: Box, runs: number[]): PrimStep => {
    const cases = runs.reduce((s, i) => s + y[i]!, 0);
    return { box: b.map(([lo, hi]) => [lo, hi] as const), coverage: total ? cases / total : 0, density: runs.length ? cases / runs.length : 0, mass: runs.length / n, runs: runs.length, cases };
  };
  const trajectory = [step(box, inBox)];
  for (;;) {
    const current = trajectory[trajectory.length - 1]!;
    let best: { box: [number, number][]; runs: number[]; density: number } | undefined;
    for (let j = 0; j < x.length; j++) {
      const values = inBox.map((i) => x[j]![i]!).sort((a, b) => a - b);
      const m = values.length;
      const cut = Math.max(1, Math.ceil(alpha * m));
      if (cut >= m) continue;
      // Cut the `cut` lowest (highest) values; when ties fill the cut, the lowest (highest) value alone.
      const lo = values[cut]! > values[0]! ? values[cut] : values.find((v) => v > values[0]!);
      const hi = values[m - 1 - cut]! < values[m - 1]! ? values[m - 1 - cut] : values.findLast((v) => v < values[m - 1]!);
      for (const side of ['lo', 'hi'] as const) {
        const bound = side === 'lo' ? lo : hi;
        if (bound === undefined) continue;
        const runs = inBox.filter((i) => (side === 'lo' ? x[j]![i]! >= bound : x[j]![i]! <= bound));
        if (runs.length === inBox.length || runs.length < massMin * n) continue;
        const density = runs.reduce((s, i) => s + y[i]!, 0) / runs.length;
        if (!best || density > best.density || (density === best.density && runs.length > best.runs.length)) {
          const b = box.map((r) => [...r] as [number, number]);
          b[j]![side === 'lo' ? 0 : 1] = bound;
          best = { box: b, runs, density };
        }
      }
    }
    if (!best || best.density <= current.density) break;
    box = best.box;
    inBox = best.runs;
    trajectory.push(step(box, inBox));
  }
  const threshold = opts.threshold ?? THRESHOLD;
  let chosen = -1;
  trajectory.forEach((s, i) => {
    if (s.density >= threshold && (chosen < 0 || s.coverage > trajectory[chosen]!.coverage)) chosen = i;
  });
  if (chosen < 0) chosen = trajectory.reduce((b, s, i) => (s.density > trajectory[b]!.density ? i : b), 0);
  // Drop the least significant restriction, one at a time, while any has a quasi-p of SIGNIFICANCE or more.
  const whole = trajectory[0]!.box;
  let kept = trajectory[chosen]!;
  let restrictions = restrictionsOf(x, y, whole, kept);
  const dropped: number[] = [];
  for (let worst = weakest(restrictions); worst; worst = weakest(restrictions)) {
    dropped.push(worst.input);
    const b = kept.box.map((r, j) => (j === worst.input ? whole[j]! : r));
    kept = step(b, Array.from({ length: n }, (_, i) => i).filter((i) => b.every(([lo, hi], d) => x[d]![i]! >= lo && x[d]![i]! <= hi)));
    restrictions = restrictionsOf(x, y, whole, kept);
  }
  return { trajectory, chosen, box: kept, restrictions, dropped };
}

const weakest = (rs: readonly Restriction[]): Restriction | undefined =>
  rs.reduce<Restriction | undefined>((w, r) => (r.quasiP >= SIGNIFICANCE && (!w || r.quasiP > w.quasiP) ? r : w), undefined);

function restrictionsOf(x: readonly Float64Array[], y: Uint8Array, whole: Box, s: PrimStep): Restriction[] {
  const out: Restriction[] = [];
  s.box.forEach(([lo, hi], j) => {
    const low = lo > whole[j]![0];
    const high = hi < whole[j]![1];
    if (!low && !high) return;
    // The same box without this restriction.
    let runs = 0;
    let cases = 0;
    for (let i = 0; i < y.length; i++) {
      if (!s.box.every(([l, h], d) => d === j || (x[d]![i]! >= l && x[d]![i]! <= h))) continue;
      runs++;
      cases += y[i]!;
    }
    out.push({ input: j, lo, hi, low, high, quasiP: binomialUpperTail(s.cases, s.runs, cases / runs) });
  });
  return out;
}
