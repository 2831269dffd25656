import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { cliAsync } from './cli.js';

/**
 * A small calibrated ensemble laid out as the project keeps one: a copy of
 * scenarios/ (so what-ifs extend the baseline by id) beside ensembles/baseline.jsonl,
 * calibrated from `draws` draws of `seed` (some tens of members).
 */
export async function fixtureEnsemble(draws = 600, seed = 5): Promise<{ dir: string; scenario: (name: string) => string; ensemble: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ensemble-'));
  mkdirSync(join(dir, 'scenarios'));
  mkdirSync(join(dir, 'ensembles'));
  for (const f of readdirSync('scenarios')) copyFileSync(join('scenarios', f), join(dir, 'scenarios', f));
  const ensemble = join(dir, 'ensembles', 'baseline.jsonl');
  const r = await cliAsync('calibrate', join(dir, 'scenarios', 'baseline.yaml'), '--draws', String(draws), '--seed', String(seed), '--workers', '0', '--out', ensemble);
  if (r.code !== 0) throw new Error(r.err);
  return { dir, scenario: (name) => join(dir, 'scenarios', `${name}.yaml`), ensemble };
}

export type FixtureEnsemble = Awaited<ReturnType<typeof fixtureEnsemble>>;

/** The fixture ensemble of a test file: built once before its tests, read through the object returned. */
export function useFixtureEnsemble(): FixtureEnsemble {
  const fx = {} as FixtureEnsemble;
  beforeAll(async () => {
    Object.assign(fx, await fixtureEnsemble());
  }, 60_000);
  return fx;
}
