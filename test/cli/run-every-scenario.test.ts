import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { MILESTONE_IDS } from '../../machines/index.js';
import { cli } from '../helpers/cli.js';

describe('redline run on every scenario', () => {
  const files = shippedScenarios().map((f) => basename(f));

  it.each(files)('%s: the --json contract of run holds', async (file) => {
    const { code, out } = await cli('run', `scenarios/${file}`, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['scenario', 'milestones', 'finalState', 'events', 'scopes', 'overrides', 'ensemble']);
    expect(Object.keys(json.ensemble.milestones)).toEqual(MILESTONE_IDS);
    expect(`${json.scenario}.yaml`).toBe(file);
    expect(Object.keys(json.milestones)).toEqual(MILESTONE_IDS);
    for (const d of Object.values(json.milestones)) expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d as string)).toBe(true);
  });
});
