import { roundDraw, triangularQuantile } from '../distributions.js';
import type { Distribution, UncertainInput } from '../uncertainty.js';

/**
 * The value of an uncertain input at probability `p` of its distribution
 * (its inverse CDF), rounded as a sweep's draws are (whole days, six
 * decimals), so Saltelli's matrices of uniforms become draws of the inputs.
 */
export function quantile(u: UncertainInput, p: number): number {
  switch (u.kind) {
    case 'parameter':
      return roundDraw(u, distributionQuantile(u.dist, p));
    case 'jitter':
      return Math.min(u.max, u.min + Math.floor(p * (u.max - u.min + 1)));
    case 'occurs':
      return p < u.p ? 1 : 0;
  }
}

function distributionQuantile(d: Distribution, p: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + p * (d.max - d.min);
    case 'triangular':
      return triangularQuantile(d, p);
    case 'normal':
      return Math.min(d.max, Math.max(d.min, d.mean + d.sd * normalQuantile(p)));
    case 'choice':
      return d.values[Math.min(d.values.length - 1, Math.floor(p * d.values.length))]!;
  }
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Φ⁻¹(p) by Acklam's rational approximation (relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const tail = (q: number) => (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}
