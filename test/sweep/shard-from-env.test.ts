import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shardFromEnv } from '../../src/sweep/shard-from-env.js';
import { cli, usageLine } from '../helpers/cli.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const fails = (env: Record<string, string>, count?: number) => {
  try {
    shardFromEnv(env, count);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('the part a batch engine\'s task runs', () => {
  it('is read from each engine\'s own index, counted from 1 as --shard counts', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0' }, 8)).toEqual({ index: 1, count: 8 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '7' }, 8)).toEqual({ index: 8, count: 8 });
    expect(shardFromEnv({ AWS_BATCH_JOB_ARRAY_INDEX: '3' }, 4)).toEqual({ index: 4, count: 4 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '8' }, undefined)).toEqual({ index: 3, count: 8 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '2' }, 8)).toEqual({ index: 3, count: 8 });
    // sbatch --array=1-8, and --array=10-24:2.
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' }, undefined)).toEqual({ index: 1, count: 8 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '24', SLURM_ARRAY_TASK_MIN: '10', SLURM_ARRAY_TASK_STEP: '2', SLURM_ARRAY_TASK_COUNT: '8' }, 8)).toEqual({ index: 8, count: 8 });
  });

  it('is refused, naming the variable, when missing or at odds', () => {
    expect(fails({})).toBe('--shard-from-env found none of JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX set; run it as a task of an indexed job or array, or give --shard K/M');
    expect(fails({ JOB_COMPLETION_INDEX: '2' })).toBe('JOB_COMPLETION_INDEX is set (2) but not how many parts there are; add --shard-count M');
    expect(fails({ JOB_COMPLETION_INDEX: '8' }, 8)).toBe('JOB_COMPLETION_INDEX is 8, but it counts from 0 and --shard-count is 8: expected 0 to 7');
    expect(fails({ AWS_BATCH_JOB_ARRAY_INDEX: 'two' }, 8)).toBe('AWS_BATCH_JOB_ARRAY_INDEX is "two"; expected a whole number');
    expect(fails({ AWS_BATCH_JOB_ARRAY_INDEX: '1', JOB_COMPLETION_INDEX: '1' }, 8)).toBe('--shard-from-env found JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX both set; unset all but the batch engine\'s own');
    expect(fails({ SLURM_ARRAY_TASK_ID: '2' })).toBe('SLURM_ARRAY_TASK_ID is set (2) but neither SLURM_ARRAY_TASK_COUNT nor --shard-count says how many parts there are');
    expect(fails({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' }, 8)).toBe('SLURM_ARRAY_TASK_COUNT is 4 but --shard-count is 8; give the array as many tasks as parts, or drop --shard-count');
    expect(fails({ SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' })).toBe('SLURM_ARRAY_TASK_ID is 9, which is not one of the 8 tasks from SLURM_ARRAY_TASK_MIN 1 in steps of 1; submit the array as --array=1-8');
    expect(fails({ SLURM_ARRAY_TASK_ID: '11', SLURM_ARRAY_TASK_MIN: '10', SLURM_ARRAY_TASK_STEP: '2', SLURM_ARRAY_TASK_COUNT: '8' })).toContain('--array=10-24:2');
  });
});

describe('redline sweep --shard-from-env', () => {
  afterEach(() => vi.unstubAllEnvs());
  const usage = async (...args: string[]) => await usageLine('sweep', UNCERTAIN, '--runs', '40', '--workers', '0', ...args);

  it('runs the part the variable names, as --shard K/M runs it', async () => {
    vi.stubEnv('AWS_BATCH_JOB_ARRAY_INDEX', '2');
    const fromEnv = await cli('sweep', UNCERTAIN, '--runs', '40', '--json', '--workers', '0', '--shard-from-env', '--shard-count', '4');
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.out).toBe((await cli('sweep', UNCERTAIN, '--runs', '40', '--json', '--workers', '0', '--shard', '3/4')).out);
  });

  it('exits 2 naming the variable, and takes --shard-count only with it', async () => {
    for (const v of ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID', 'AWS_BATCH_JOB_ARRAY_INDEX']) vi.stubEnv(v, '');
    expect(await usage('--shard-from-env', '--shard-count', '4')).toMatch(/^redline: --shard-from-env found none of JOB_COMPLETION_INDEX/);
    vi.stubEnv('JOB_COMPLETION_INDEX', '4');
    expect(await usage('--shard-from-env', '--shard-count', '4')).toBe('redline: JOB_COMPLETION_INDEX is 4, but it counts from 0 and --shard-count is 4: expected 0 to 3');
    expect(await usage('--shard-from-env', '--shard', '1/4')).toBe('redline: give --shard K/M or --shard-from-env, not both');
    expect(await usage('--shard-count', '4')).toBe('redline: --shard-count M goes with --shard-from-env (with --shard, say K/M)');
    expect(await usage('--shard-from-env', '--shard-count', '0')).toBe('redline: --shard-count takes a whole number from 1 to 10000000; found "0"');
  });

  it('lets a retried task carry on from its own rows, to the bytes of one unbroken attempt', async () => {
    vi.stubEnv('JOB_COMPLETION_INDEX', '1');
    const file = join(mkdtempSync(join(tmpdir(), 'redline-retry-')), 'part-1.jsonl');
    const args = ['sweep', UNCERTAIN, '--runs', '40', '--workers', '0', '--shard-from-env', '--shard-count', '2', '--out', file, '--resume', '--summary', '--json'];
    expect((await cli(...args)).code).toBe(0);
    const whole = readFileSync(file, 'utf8');
    // The first attempt died after 7 rows and half of the 8th.
    const lines = whole.split('\n');
    writeFileSync(file, `${lines.slice(0, 8).join('\n')}\n${lines[8]!.slice(0, 30)}`);
    expect((await cli(...args)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(whole);
    expect(whole.split('\n')[0]).toContain('"shard":{"index":2,"count":2}');
  });
});
