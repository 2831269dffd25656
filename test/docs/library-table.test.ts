import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { LIBRARY_END, LIBRARY_START, ROBUST, agreeing, libraryTable, withTable } from '../../src/cli/library-table.js';

const PAGE = 'docs/scenarios.md';

describe('the library\'s shares over the ensemble in docs/scenarios.md', () => {
  const page = readFileSync(PAGE, 'utf8');
  const table = libraryTable(shippedScenarios());

  it('are what the scenarios and the kept ensemble give today', () => {
    // The block is the table from marker to marker: the page holds it whole exactly when it is current.
    expect(page.includes(table), 'docs/scenarios.md\'s library shares are stale: run `npm run docs` and commit it').toBe(true);
    expect(withTable(page.replace(table, `${LIBRARY_START}\nold\n${LIBRARY_END}`), table)).toBe(page);
  });

  it('hold a row for every what-if, each share a percentage, ⚠ exactly where a share is under the bar', () => {
    expect(page).toContain(LIBRARY_START);
    expect(page).toContain(LIBRARY_END);
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      for (const held of r.matchAll(/\| (⚠ )?(\d+\.\d)% \|/g)) expect(held[1] !== undefined, r).toBe(Number(held[2]) / 100 < ROBUST);
    }
  });

  it('a milestone lost counts as later, one neither run reaches as the same', () => {
    const s = { id: 'final-approval', earlier: 1, same: 2, later: 3, never: 4, neither: 1, members: 10, shifts: [], medianShift: null } as const;
    expect(agreeing(s, 'later')).toBe(0.6);
    expect(agreeing(s, 'same')).toBe(0.3);
    expect(agreeing(s, 'earlier')).toBe(0.1);
  });
});
