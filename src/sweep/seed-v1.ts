import { fmix32 } from './fmix32.js';

/**
 * The 32-bit seed rows of version 1 carried for run `run` (redline before
 * 128-bit run seeds): kept only so old rows files read and print as they were.
 */
export function runSeedV1(seed: number, run: number): number {
  return fmix32(fmix32(seed ^ 0x9e3779b9) ^ Math.imul(run + 1, 0x85ebca6b)) >>> 0;
}
