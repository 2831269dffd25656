import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { loadScenarios } from '../../src/scenario/load.js';

const files = shippedScenarios();
const library = loadScenarios(files).filter((s) => s.parent);

describe('the library of what-ifs', () => {
  it("is the files the project ships: a file of the user's own in the folder is not one", () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-library-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(dir, 'shipped.yaml'), 'id: shipped\n');
    git('add', 'shipped.yaml');
    git('commit', '-qm', 'ship');
    writeFileSync(join(dir, 'baseline-fork-1.yaml'), 'id: baseline-fork-1\n');
    expect(shippedScenarios(dir)).toEqual([join(dir, 'shipped.yaml')]);
    expect(files).toContain('scenarios/baseline.yaml');
  });

  it('holds the counterfactuals the issue names, and more', () => {
    const ids = library.map((s) => s.id);
    for (const id of ['congress-early', 'no-kharkiv-offensive', 'allies-hold-back', 'no-blinken-trip', 'early-leak']) expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it.each(library.map((s) => [s.id, s] as const))('%s states its question, changes the record, and pins the answer with expectations', (_, s) => {
    expect(s.summary).toMatch(/\?/);
    // A what-if changes the record; a sweep scenario may instead leave it and draw what the reports leave open.
    const sweeps = /^uncertainty:/m.test(readFileSync(s.file, 'utf8'));
    expect(s.changes.length > 0 || sweeps).toBe(true);
    expect(s.expect.length).toBeGreaterThanOrEqual(2);
    // Each file names a milestone it expects to move or to hold, not only side events.
    expect(s.expect.some((x) => x.milestone)).toBe(true);
  });
});
