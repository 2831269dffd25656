import { MILESTONE_IDS, type MilestoneId } from '../../machines/index.js';
import { simulate, unplayed, type RunResult } from '../engine/index.js';
import { explainMilestone } from '../explain/explain.js';
import { renderExplanation } from '../explain/render.js';
import { readLog } from '../log/index.js';
import { didYouMean } from '../scenario/errors.js';
import { fileKind, startOf } from '../scenario/file-kind.js';
import { loadScenarios, type LoadedScenario } from '../scenario/load.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { EXPLAIN_OPTIONS } from './options.js';
import { ensembleFor } from './ensemble-option.js';
import { explainEnsembleText, explainOverEnsemble } from './explain-ensemble.js';

/** `redline explain <scenario|log> <milestone> [--against <scenario|log>] [--json] [--ensemble FILE | --single]` */
export async function explainCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, EXPLAIN_OPTIONS, 1);
  if (positionals.length !== 2) {
    throw new UsageError('explain takes a scenario file and a milestone, e.g. redline explain scenarios/congress-early.yaml final-approval');
  }
  const [file, milestone] = positionals as [string, string];
  if (!MILESTONE_IDS.includes(milestone as MilestoneId)) {
    throw new UsageError(`unknown milestone "${milestone}"${didYouMean(milestone, MILESTONE_IDS)}; milestones: ${MILESTONE_IDS.join(', ')}`);
  }
  if ([file, values.against].some(isLog)) {
    if (values.ensemble !== undefined) throw new UsageError('--ensemble: a log is one run, not a scenario to weigh over the ensemble; explain its scenario with --ensemble instead');
    const run = runOf(file, io);
    const x = explainMilestone(run, milestone as MilestoneId, values.against ? runOf(values.against, io) : run.inputs.play && modelsOwn(run));
    io.out(values.json ? JSON.stringify(x, null, 2) : renderExplanation(x));
    return 0;
  }
  const [scenario, against] = loadScenarios(values.against ? [file, values.against] : [file]) as [LoadedScenario, LoadedScenario?];
  const other = against ?? scenario.parent;
  const x = explainMilestone(simulate(scenario.inputs), milestone as MilestoneId, other && simulate(other.inputs));
  // Over the ensemble only when asked: the members' full runs cost seconds, where one explanation costs a blink.
  const chosen = values.ensemble === undefined ? null : ensembleFor(values, other ? [scenario, other] : [scenario]);
  if (chosen) {
    const e = explainOverEnsemble(chosen, scenario.inputs, milestone as MilestoneId, other?.inputs);
    io.out(values.json ? JSON.stringify({ ...e.explanation, ensemble: e.ensemble }, null, 2) : explainEnsembleText(e.ensemble, milestone as MilestoneId, renderExplanation(e.explanation)));
    return 0;
  }
  io.out(values.json ? JSON.stringify(x, null, 2) : renderExplanation(x));
  return 0;
}

const isLog = (file: string | undefined): boolean => file !== undefined && file !== '-' && fileKind(startOf(file)) === 'log';

/** A log's run as recorded, or a scenario's run. */
function runOf(file: string, io: CommandIO): RunResult {
  if (!isLog(file)) return simulate(loadScenarios([file])[0]!.inputs);
  const log = readLog(file);
  for (const warning of log.warnings) io.err(warning);
  return log.run;
}

/** What a played run is explained against: the same inputs with the model deciding for every role. */
function modelsOwn(played: RunResult): RunResult {
  const run = simulate(unplayed(played.inputs));
  return { ...run, inputs: { ...run.inputs, scenario: { id: 'the model\'s own run', title: run.inputs.scenario.title } } };
}
