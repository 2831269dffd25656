import { MILESTONE_IDS, WINDOWS } from '../../machines/index.js';
import { modelHash } from '../log/model-hash.js';
import { refuseInputAsOutput, scenarioInputs } from '../log/same-file.js';
import { checkWritable, writeFileSafely } from '../log/write-file-safely.js';
import { loadScenario } from '../scenario/load.js';
import { InputError } from '../scenario/errors.js';
import { calibrate, type Accepted } from '../sweep/ensemble/calibrate.js';
import { asSweepHeader, calibrationFingerprint, formatEnsemble, memberLine, type EnsembleHeader } from '../sweep/ensemble/ensemble-file.js';
import { correlations, posteriorSummary } from '../sweep/ensemble/posterior.js';
import { priorInputs, priorProblems } from '../sweep/ensemble/prior-inputs.js';
import { loadSweepJob } from '../sweep/load-job.js';
import { progressBar } from '../sweep/progress.js';
import { columns, count, percent, rule } from '../sweep/report/format.js';
import { shardRange } from '../sweep/rows.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { CALIBRATE_OPTIONS } from './options.js';
import { wholeNumber } from './check-options.js';
import { shardOption, workersOption } from './sweep-options.js';


/** `redline calibrate <scenario> [--draws N] [--seed S] [--out FILE [--force]] [--shard K/M] [--workers W] [--json]` */
export async function calibrateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, CALIBRATE_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('calibrate takes one scenario file, e.g. redline calibrate scenarios/baseline.yaml --draws 10000 --out ensembles/baseline.jsonl');
  const problems = priorProblems();
  if (problems.length > 0) throw new InputError(problems.map((message) => ({ file: 'machines/priors.ts', message })));
  const draws = wholeNumber('draws', values.draws, 10_000, ...CALIBRATE_OPTIONS.draws.whole);
  const seedArg = values.seed === undefined ? undefined : wholeNumber('seed', values.seed, 0, ...CALIBRATE_OPTIONS.seed.whole);
  const shard = shardOption(values.shard);
  const workers = workersOption(values.workers);
  const base = loadSweepJob(positionals[0]!, seedArg);
  // Before the draws: the output is not an input, and a path no write can use is said now, not after an hour.
  if (values.out) refuseInputAsOutput(values.out, scenarioInputs(loadScenario(positionals[0]!), 'the scenario being calibrated'));
  if (values.out) checkWritable(values.out, { force: !!values.force });
  const job = { ...base, uncertainty: priorInputs(base.uncertainty) };
  const range = shardRange(draws, shard.index, shard.count);
  const members: Accepted[] = [];
  const bar = !values.json && process.stderr.isTTY ? progressBar((t) => process.stderr.write(t), range.to - range.from, `draws of ${job.inputs.scenario.id}`) : undefined;
  const rejections = calibrate({
    job, ...range, workers,
    onChunk: (accepted, through) => {
      members.push(...accepted);
      bar?.update(through - range.from);
    },
  });
  bar?.end();
  if (members.length === 0) {
    const worst = rejections.misses.indexOf(Math.max(...rejections.misses));
    const id = MILESTONE_IDS[worst]!;
    throw new InputError([{
      file: positionals[0]!,
      message: `empty posterior: none of the ${count(rejections.tried)} draws landed all nine milestones in the record; ${id} (window ${WINDOWS[id].from}–${WINDOWS[id].to}) rejected most (${count(rejections.misses[worst]!)}); widen the priors in machines/priors.ts or try more --draws`,
    }]);
  }
  const header: EnsembleHeader = {
    redline: 'ensemble', version: 1, model: modelHash(), scenario: job.inputs.scenario, fingerprint: calibrationFingerprint(job),
    seed: job.seed, draws, shard, ...range, tried: rejections.tried, accepted: members.length,
    misses: Object.fromEntries(MILESTONE_IDS.map((id, m) => [id, rejections.misses[m]!])) as EnsembleHeader['misses'],
    priors: job.uncertainty, windows: WINDOWS,
  };
  if (values.out) {
    const sweep = asSweepHeader(header);
    writeFileSafely(values.out, formatEnsemble(header, members.map((m) => memberLine(sweep, m.run, m.packed))), { force: !!values.force });
  }
  const params = posteriorSummary(job.uncertainty, job.seed, range, members);
  const top = correlations(job.uncertainty, members);
  if (values.json) {
    io.out(JSON.stringify({ redline: 'calibration', version: 1, scenario: header.scenario, seed: header.seed, tried: header.tried, accepted: header.accepted, rate: header.accepted / header.tried, misses: header.misses, parameters: params, correlations: top, ...(values.out ? { out: values.out } : {}) }, null, 2));
    return 0;
  }
  const fix = (x: number) => x.toFixed(3);
  const rows = [['parameter', 'prior p5–p95', 'posterior p5–p95', 'narrowed', 'by the record'],
    ...params.map((p) => [p.key, `${fix(p.prior[0])}–${fix(p.prior[1])}`, `${fix(p.posterior[0])}–${fix(p.posterior[1])}`, percent(p.narrowing), p.label])];
  io.out([
    `${header.scenario.id}: ${count(header.tried)} draws tried, ${count(header.accepted)} accepted (${percent(header.accepted / header.tried)}) · seed ${header.seed}`,
    ...(values.out ? [`ensemble written to ${values.out}`] : []),
    '',
    ...columns([rows[0]!, rule(rows), ...rows.slice(1)], [3]),
    '',
    'strongest correlations in the posterior (Pearson r)',
    ...top.map((c) => `  ${c.a} × ${c.b}: ${c.r >= 0 ? '+' : '−'}${Math.abs(c.r).toFixed(2)}`),
  ].join('\n'));
  return 0;
}
