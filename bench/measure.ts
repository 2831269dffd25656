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
export const perSecond = (x: number): string => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Prints rows as aligned columns. */
export function table(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
