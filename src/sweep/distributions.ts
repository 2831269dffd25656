import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Distribution, UncertainInput } from './uncertainty.js';

/**
 * One draw of an uncertain input from the run's generator: a parameter's
 * value (whole days for days), a jitter in days, or 1/0 for whether an input
 * occurs. Each input uses a fixed number of generator steps.
 */
export function drawInput(u: UncertainInput, rng: RandomGenerator): number {
  switch (u.kind) {
    case 'parameter':
      return roundDraw(u, drawDistribution(u.dist, rng));
    case 'jitter':
      return uniformInt(rng, u.min, u.max);
    case 'occurs':
      return uniformFloat64(rng) < u.p ? 1 : 0;
  }
}

export function drawDistribution(d: Distribution, rng: RandomGenerator): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + uniformFloat64(rng) * (d.max - d.min);
    case 'triangular':
      return triangularQuantile(d, uniformFloat64(rng));
    case 'normal': {
      // Box–Muller on two uniforms; 1 - u keeps the logarithm finite.
      const u1 = 1 - uniformFloat64(rng);
      const u2 = uniformFloat64(rng);
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return Math.min(d.max, Math.max(d.min, d.mean + d.sd * z));
    }
    case 'choice':
      return d.values[uniformInt(rng, 0, d.values.length - 1)]!;
  }
}

/** A parameter's drawn value as a run uses it: whole days for days; otherwise six decimals, the precision the ledger keeps. */
export function roundDraw(u: { readonly wholeDays: boolean }, x: number): number {
  return u.wholeDays ? Math.round(x) : Math.round(x * 1e6) / 1e6;
}

/** The triangular distribution's inverse CDF at probability `u`. */
export function triangularQuantile(d: { min: number; mode: number; max: number }, u: number): number {
  const { min: a, mode: c, max: b } = d;
  const split = (c - a) / (b - a);
  return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** How many bins attribution groups an input's draws into. */
export function binCount(u: UncertainInput): number {
  if (u.kind === 'occurs') return 2;
  if (u.kind === 'jitter') return Math.min(CONTINUOUS_BINS, u.max - u.min + 1);
  return u.dist.kind === 'choice' ? choiceBins(u.dist.values).length : CONTINUOUS_BINS;
}

const CONTINUOUS_BINS = 10;

/**
 * The bin a drawn value falls in, lowest values first: each choice its own bin,
 * whole-day jitters in even spans, continuous draws in ten bins of equal
 * probability (by the distribution's own CDF).
 */
export function binOf(u: UncertainInput, value: number): number {
  const bins = binCount(u);
  if (u.kind === 'occurs') return value > 0 ? 1 : 0;
  if (u.kind === 'jitter') return Math.min(bins - 1, Math.floor(((value - u.min) * bins) / (u.max - u.min + 1)));
  const d = u.dist;
  if (d.kind === 'choice') return choiceBins(d.values).indexOf(value);
  return Math.min(bins - 1, Math.max(0, Math.floor(cdf(d, value) * bins)));
}

const CHOICES = new WeakMap<readonly number[], number[]>();
/** A choice's distinct values in increasing order: its bins. */
function choiceBins(values: readonly number[]): number[] {
  let bins = CHOICES.get(values);
  if (!bins) CHOICES.set(values, (bins = [...new Set(values)].sort((a, b) => a - b)));
  return bins;
}

function cdf(d: Exclude<Distribution, { kind: 'choice' }>, x: number): number {
  switch (d.kind) {
    case 'uniform':
      return (x - d.min) / (d.max - d.min);
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      if (x <= a) return 0;
      if (x >= b) return 1;
      return x <= c ? ((x - a) ** 2) / ((b - a) * (c - a)) : 1 - ((b - x) ** 2) / ((b - a) * (b - c));
    }
    case 'normal':
      return normalCdf((x - d.mean) / d.sd);
  }
}

/** Φ(z) by Abramowitz and Stegun 7.1.26 (error below 1.5e-7): plenty for binning. */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
