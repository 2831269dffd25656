import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// .ci/run installs Debian's parallel, and fails a run in which any test was skipped.
const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;
const BIN = resolve('bin/redline.js');
const SWEEP = `sweep ${resolve('scenarios/baseline-uncertain.yaml')} --runs 1000 --seed 7 --workers 0`;

/** A shell command line run by GNU parallel: one job per argument, two at a time (the machine has two cores). */
function parallel(dir: string, command: string, args: readonly string[]): void {
  execFileSync('parallel', ['--will-cite', '--halt', 'now,fail=1', '--jobs', '2', command, ':::', ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 240_000 });
}

const redline = (dir: string, ...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
const parts = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('part-')).sort();

describe.skipIf(!hasParallel)('a sweep split into 8 parts by a real runner, GNU parallel', () => {
  const unsharded = redline(tmpdir(), ...SWEEP.split(' '), '--json');

  it('merges to the unsharded rows, byte for byte', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-parallel-'));
    parallel(dir, `${process.execPath} ${BIN} ${SWEEP} --shard {}/8 --out part-{}.jsonl --summary`, ['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(parts(dir)).toHaveLength(8);
    expect(redline(dir, 'merge', ...parts(dir), '--json')).toBe(unsharded);
  });

  // Each engine's variable set by the runner, as the engine would set it for its task.
  const engines = [
    ['JOB_COMPLETION_INDEX', (i: string) => `JOB_COMPLETION_INDEX=${i}`, ['0', '1', '2', '3', '4', '5', '6', '7'], '--shard-count 8'],
    ['SLURM_ARRAY_TASK_ID', (i: string) => `SLURM_ARRAY_TASK_ID=${i} SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_COUNT=8`, ['1', '2', '3', '4', '5', '6', '7', '8'], ''],
    ['AWS_BATCH_JOB_ARRAY_INDEX', (i: string) => `AWS_BATCH_JOB_ARRAY_INDEX=${i}`, ['0', '1', '2', '3', '4', '5', '6', '7'], '--shard-count 8'],
  ] as const;
  for (const [name, env, indexes, count] of engines) {
    it(`merges to the same rows when each part is taken from ${name} (--shard-from-env)`, { timeout: 300_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'redline-parallel-'));
      parallel(dir, `env ${env('{}')} ${process.execPath} ${BIN} ${SWEEP} --shard-from-env ${count} --out part-{}.jsonl --resume --summary`, indexes);
      expect(parts(dir)).toHaveLength(8);
      expect(redline(dir, 'merge', ...parts(dir), '--json')).toBe(unsharded);
    });
  }
});
