import { MILESTONE_IDS } from '../../machines/index.js';
import { simulate } from '../engine/index.js';
import { explainMilestone } from '../explain/explain.js';
import { milestoneChartSpec } from '../pictures/milestone-chart.js';
import { milestoneSeries } from '../pictures/milestone-series.js';
import { renderVegaLite } from '../pictures/render-vega-lite.js';
import { reportHtml } from '../report/report-html.js';
import { loadScenario } from '../scenario/load.js';
import { scenarioInputs } from '../log/same-file.js';
import { diffJson } from './diff-report.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { REPORT_COMMAND_OPTIONS } from './options.js';
import { printOrWrite } from './print-or-write.js';
import { ensembleFor } from './ensemble-option.js';
import { pairedShifts, runMembers } from '../sweep/ensemble/answers.js';
import { shiftChartSpec } from '../pictures/shift-chart.js';

/** `redline report <scenario.yaml> [-o report.html] [--force] [--ensemble FILE | --single]` */
export async function reportCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, REPORT_COMMAND_OPTIONS);
  if (positionals.length !== 1) {
    throw new UsageError('report takes one scenario file, e.g. redline report scenarios/congress-early.yaml -o report.html');
  }
  if (values.force && values.output === undefined) throw new UsageError('--force only applies with -o FILE');
  const scenario = loadScenario(positionals[0]!);
  const run = simulate(scenario.inputs);
  const parentRun = scenario.parent && simulate(scenario.parent.inputs);
  const drawn = parentRun ? [parentRun, run] : [run];
  // Paired over the ensemble against the parent, when one fits both: the shifts' picture joins the page.
  const chosen = scenario.parent ? ensembleFor(values, [scenario.parent, scenario]) : null;
  const shifts = chosen && pairedShifts(runMembers(chosen.members, scenario.parent!.inputs), runMembers(chosen.members, scenario.inputs));
  const html = reportHtml({
    scenario,
    diff: parentRun ? diffJson(parentRun, run) : null,
    explanations: MILESTONE_IDS.map((m) => explainMilestone(run, m, parentRun)),
    chartSvg: await renderVegaLite(milestoneChartSpec(drawn.map(milestoneSeries))),
    ...(chosen && shifts ? { ensemble: { source: `${chosen.file} (${chosen.members.count} members of ${chosen.of})`, shifts, svg: await renderVegaLite(shiftChartSpec(shifts, scenario.parent!.id, scenario.id)) } } : {}),
  });
  return printOrWrite(io, html, values, `report on ${scenario.id}${scenario.parent ? ` against ${scenario.parent.id}` : ''}`, 'html', scenarioInputs(scenario, 'the scenario reported on'));
}
