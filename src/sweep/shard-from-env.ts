/** A part of a sweep: the index-th of count, counted from 1, as `--shard K/M` gives it. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A batch engine's variables missing or at odds with each other; the message names the variable. */
export class ShardEnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardEnvError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The index variable of each batch engine this reads, in the order they are looked for. */
export const SHARD_VARIABLES = ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

/**
 * The part of a sweep (or of any job split by run index) a batch engine's task
 * is to run, from the engine's own variables: a Kubernetes Indexed Job's
 * JOB_COMPLETION_INDEX (from 0) with `count`; a Slurm array's
 * SLURM_ARRAY_TASK_ID, counted from SLURM_ARRAY_TASK_MIN in steps of
 * SLURM_ARRAY_TASK_STEP, with SLURM_ARRAY_TASK_COUNT or `count`; an AWS Batch
 * array's AWS_BATCH_JOB_ARRAY_INDEX (from 0) with `count`. Throws
 * ShardEnvError naming the variable that is missing or does not fit.
 *
 * @example
 *   shardFromEnv({ JOB_COMPLETION_INDEX: '2' }, 8) // { index: 3, count: 8 }
 */
export function shardFromEnv(env: Env, count: number | undefined): Shard {
  const set = SHARD_VARIABLES.filter((v) => env[v] !== undefined && env[v] !== '');
  if (set.length === 0) {
    throw new ShardEnvError(`--shard-from-env found none of ${SHARD_VARIABLES.join(', ')} set; run it as a task of an indexed job or array, or give --shard K/M`);
  }
  if (set.length > 1) throw new ShardEnvError(`--shard-from-env found ${set.join(' and ')} both set; unset all but the batch engine's own`);
  const name = set[0]!;
  const value = whole(env, name)!;
  if (name === 'SLURM_ARRAY_TASK_ID') return slurm(env, value, count);
  if (count === undefined) throw new ShardEnvError(`${name} is set (${value}) but not how many parts there are; add --shard-count M`);
  if (value >= count) throw new ShardEnvError(`${name} is ${value}, but it counts from 0 and --shard-count is ${count}: expected 0 to ${count - 1}`);
  return { index: value + 1, count };
}

function slurm(env: Env, id: number, count: number | undefined): Shard {
  const min = whole(env, 'SLURM_ARRAY_TASK_MIN') ?? 0;
  const step = whole(env, 'SLURM_ARRAY_TASK_STEP') ?? 1;
  const tasks = whole(env, 'SLURM_ARRAY_TASK_COUNT');
  if (tasks !== undefined && count !== undefined && tasks !== count) {
    throw new ShardEnvError(`SLURM_ARRAY_TASK_COUNT is ${tasks} but --shard-count is ${count}; give the array as many tasks as parts, or drop --shard-count`);
  }
  const parts = tasks ?? count;
  if (parts === undefined) throw new ShardEnvError(`SLURM_ARRAY_TASK_ID is set (${id}) but neither SLURM_ARRAY_TASK_COUNT nor --shard-count says how many parts there are`);
  if (step < 1) throw new ShardEnvError(`SLURM_ARRAY_TASK_STEP is ${step}; expected 1 or more`);
  const part = (id - min) / step;
  if (!Number.isInteger(part) || part < 0 || part >= parts) {
    throw new ShardEnvError(`SLURM_ARRAY_TASK_ID is ${id}, which is not one of the ${parts} tasks from SLURM_ARRAY_TASK_MIN ${min} in steps of ${step}; submit the array as --array=${min}-${min + (parts - 1) * step}${step > 1 ? `:${step}` : ''}`);
  }
  return { index: part + 1, count: parts };
}

/** A variable's whole number, undefined when unset; anything else names it. */
function whole(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new ShardEnvError(`${name} is "${raw}"; expected a whole number`);
  return Number(raw.trim());
}
