import { simulate } from '../engine/index.js';
import { milestoneChartSpec } from '../pictures/milestone-chart.js';
import { milestoneSeries } from '../pictures/milestone-series.js';
import { renderVegaLite } from '../pictures/render-vega-lite.js';
import { sweepChartSpec } from '../pictures/sweep-chart.js';
import { readSweep } from '../sweep/read-sweep.js';
import { InputError, type Problem } from '../scenario/errors.js';
import { loadScenario, type LoadedScenario } from '../scenario/load.js';
import { scenarioInputs } from '../log/same-file.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { CHART_OPTIONS } from './options.js';
import { printOrWrite } from './print-or-write.js';
import { withStdinAsFile } from './stdin-file.js';

/** `redline chart <scenario.yaml>... | --sweep <rows.json> [-o <file.svg>] [--force]` */
export async function chartCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, CHART_OPTIONS);
  if (values.sweep !== undefined) {
    if (positionals.length > 0) throw new UsageError('chart --sweep draws one sweep\'s rows file; give scenario files without --sweep');
    const sweep = withStdinAsFile([values.sweep], ([file]) => readSweep(file!));
    const svg = await renderVegaLite(sweepChartSpec(sweep));
    return printOrWrite(io, svg, values, `milestone dates of ${sweep.runs} runs of ${sweep.header.scenario.id}`, 'svg', [{ file: values.sweep, what: 'the sweep being drawn' }]);
  }
  if (positionals.length === 0) {
    throw new UsageError('chart takes one or more scenario files, e.g. redline chart scenarios/baseline.yaml my-what-if.yaml -o compare.svg, or --sweep out.json');
  }
  const scenarios = loadAll(positionals);
  const svg = await renderVegaLite(milestoneChartSpec(scenarios.map((s) => milestoneSeries(simulate(s.inputs)))));
  return printOrWrite(io, svg, values, `milestones of ${scenarios.map((s) => s.id).join(', ')}`, 'svg', scenarios.flatMap((s) => scenarioInputs(s, 'a scenario being drawn')));
}

/** Every file's problems at once, so one run shows all there is to fix. */
function loadAll(files: readonly string[]): LoadedScenario[] {
  const problems: Problem[] = [];
  const loaded = files.flatMap((file) => {
    try {
      return [loadScenario(file)];
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
      return [];
    }
  });
  for (const s of loaded) if (s.inputs.events.length === 0) problems.push({ file: s.file, message: 'has no events: there is nothing to draw on a timeline' });
  if (problems.length > 0) throw new InputError(problems);
  return loaded;
}
