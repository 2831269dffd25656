import { sobolJson, sobolText } from '../sweep/report/sobol-report.js';
import { sobolSweep } from '../sweep/sobol/sobol-sweep.js';
import type { SweepJob } from '../sweep/sweep-job.js';
import { UsageError, type CommandIO } from './io.js';
import type { ReportChoice } from './sweep-options.js';

/** `sweep S --sensitivity sobol [--runs N]`: N base rows of a Saltelli design, N × (k + 2) runs, and every milestone's Sobol indices. */
export function sensitivityCommand(
  job: SweepJob, values: { sensitivity?: string; out?: string; shard?: string; 'shard-from-env'?: boolean; csv?: boolean },
  base: number, choice: ReportChoice, workers: number | undefined, io: CommandIO,
): number {
  if (values.sensitivity !== 'sobol') throw new UsageError(`--sensitivity takes sobol (Sobol indices with intervals); found "${values.sensitivity}"`);
  if (values.out || values.shard || values['shard-from-env'] || values.csv) {
    throw new UsageError('--sensitivity sobol prints the indices (or --json); it does not write rows, shard or print CSV');
  }
  if (job.uncertainty.length === 0) throw new UsageError('--sensitivity sobol needs an uncertainty block: nothing in this scenario varies');
  const report = sobolSweep(job, base, { by: choice.by, workers });
  const swept = { scenario: { id: job.inputs.scenario.id, title: job.inputs.scenario.title }, seed: job.seed, inputs: job.uncertainty.map((u) => u.key) };
  io.out(choice.format === 'json' ? JSON.stringify(sobolJson(swept, report), null, 2) : sobolText(swept, report));
  return 0;
}
