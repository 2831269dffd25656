/**
 * The first index in `0..length` where `before` turns false, for a `before` that holds on a prefix
 * and fails after it: how many items of a sorted list come at or before some bound.
 *
 * @example
 *   const days = ['2024-05-13', '2024-05-15', '2024-05-15', '2024-05-30'];
 *   partitionPoint(days.length, (i) => days[i]! <= '2024-05-15') // 3
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
