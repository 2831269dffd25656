import { csvRow, rowWidth, toRow, type SweepHeader } from './rows.js';
import { tallyRun, type Tally } from './tally.js';

/** Where rows go as runs finish: whole lines, in run order. */
export interface RowSink {
  readonly format: 'json' | 'csv';
  write(lines: readonly string[]): void;
}

/**
 * What to do with each chunk of finished runs: count them into the tally
 * and, when rows are wanted, write them out at once (nothing is kept).
 */
export function collector(header: SweepHeader, tally: Tally, rows?: RowSink): (from: number, packed: Float64Array) => void {
  const width = rowWidth(header);
  return (from, packed) => {
    const lines: string[] = [];
    for (let i = 0, at = 0; at < packed.length; i++, at += width) {
      tallyRun(tally, packed, at);
      if (!rows) continue;
      const row = toRow(header, from + i, packed, at);
      lines.push(rows.format === 'json' ? JSON.stringify(row) : csvRow(row));
    }
    if (rows && lines.length > 0) rows.write(lines);
  };
}
