import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partitionPoint } from '../../src/util/partition-point.js';

describe('partitionPoint', () => {
  it('counts the items of a sorted list at or below a bound, as a scan from the start does', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: -1, max: 21 }), (values, bound) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scanned = sorted.filter((v) => v <= bound).length;
      expect(partitionPoint(sorted.length, (i) => sorted[i]! <= bound)).toBe(scanned);
    }), { seed: 3, numRuns: 500 });
  });

  it('gives 0 for an empty list and the length when every item comes before', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => true)).toBe(5);
    expect(partitionPoint(5, () => false)).toBe(0);
  });
});
