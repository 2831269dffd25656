import { simulate } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/load.js';
import { pairedShifts, runMembers } from '../src/sweep/ensemble/answers.js';
import { chooseMembers } from '../src/sweep/ensemble/choose.js';
import { quantile } from './measure.js';
import { time } from './startup.bench.js';

const ROUNDS = 7;
const BASE = 'scenarios/baseline.yaml';
const WHAT_IF = 'scenarios/allies-hold-back.yaml';
/** The bar: a paired diff over the ensemble at most this many times one run of the baseline. */
const BAR = 10;

/**
 * Side by side in one run: `redline run --single` of the baseline against
 * `redline diff` of a what-if paired over the shipped ensemble (each of its
 * 1,000-odd members runs both), as processes, taken in alternation; then the
 * same in-process, without the start-up both pay.
 */
export default async function bench(): Promise<void> {
  const bin = ['bin/redline.js'];
  const runs: number[] = [];
  const diffs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    runs.push(await time(process.execPath, [...bin, 'run', BASE, '--single'], process.env));
    diffs.push(await time(process.execPath, [...bin, 'diff', BASE, WHAT_IF], process.env));
  }
  const [run, diff] = [quantile(runs, 0.5), quantile(diffs, 0.5)];
  const chosen = chooseMembers([loadScenario(WHAT_IF)], {})!;
  console.log(`members: ${chosen.members.count} (${chosen.file}); medians of ${ROUNDS}, taken in alternation`);
  console.log(`redline run --single baseline:            ${run.toFixed(0)} ms`);
  console.log(`redline diff baseline allies-hold-back:   ${diff.toFixed(0)} ms  (${(diff / run).toFixed(2)}× the run; bar ${BAR}×: ${diff <= BAR * run ? 'met' : 'MISSED'})`);
  const a = loadScenario(BASE), b = loadScenario(WHAT_IF);
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) simulate(a.inputs);
  const one = (performance.now() - t0) / ROUNDS;
  const t1 = performance.now();
  for (let i = 0; i < ROUNDS; i++) pairedShifts(runMembers(chosen.members, a.inputs), runMembers(chosen.members, b.inputs));
  const paired = (performance.now() - t1) / ROUNDS;
  console.log(`in-process: one simulate ${one.toFixed(1)} ms, the paired members ${paired.toFixed(0)} ms (${(paired / one).toFixed(1)}× one run)`);
}
