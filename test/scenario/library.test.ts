import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadScenarios } from '../../src/scenario/load.js';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`);
const library = loadScenarios(files).filter((s) => s.parent);

describe('the library of what-ifs', () => {
  it('holds the counterfactuals the issue names, and more', () => {
    const ids = library.map((s) => s.id);
    for (const id of ['congress-early', 'no-kharkiv-offensive', 'allies-hold-back', 'no-blinken-trip', 'early-leak']) expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it.each(library.map((s) => [s.id, s] as const))('%s states its question, changes the record, and pins the answer with expectations', (_, s) => {
    expect(s.summary).toMatch(/\?/);
    expect(s.changes.length).toBeGreaterThan(0);
    expect(s.expect.length).toBeGreaterThanOrEqual(2);
    // Each file names a milestone it expects to move or to hold, not only side events.
    expect(s.expect.some((x) => x.milestone)).toBe(true);
  });
});
