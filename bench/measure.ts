import { count } from '../src/sweep/report/format.js';

/** Runs `run` repeatedly for about `ms` milliseconds, three times, and returns the best rate (calls per second). */
export function rate(run: () => void, ms = 400): number {
  for (let i = 0; i < 50; i++) run();
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let i = 0; i < 50; i++) run();
      n += 50;
      elapsed = performance.now() - t0;
    }
    best = Math.max(best, n / (elapsed / 1000));
  }
  return best;
}

/** 12345.6 → "12,346". */
export const perSecond = count;

/** The value at fraction `p` of the way through the sorted values: 0.5 the median (the upper middle of an even count), 1 the largest. */
export function quantile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Prints rows as aligned columns. */
export function table(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
