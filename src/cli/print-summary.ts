import { reportText, summaryCsv, summaryJson } from '../sweep/report/outputs.js';
import type { SweepHeader } from '../sweep/rows.js';
import type { SweepSummary } from '../sweep/summarize.js';
import type { CommandIO } from './io.js';
import type { ReportChoice } from './sweep-options.js';

/** A sweep's summary as `sweep` and `merge` print it: the report, or its figures as JSON or CSV. */
export function printSummary(io: CommandIO, header: SweepHeader, summary: SweepSummary, choice: ReportChoice): void {
  if (choice.format === 'json') io.out(JSON.stringify(summaryJson(header, summary), null, 2));
  else if (choice.format === 'csv') io.out(summaryCsv(summary));
  else io.out(reportText(header, summary, choice.focus));
}
