import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_NAMES, type Role } from '../../machines/index.js';
import { decisionsOf } from '../../src/engine/index.js';

/** docs/play.md's table of roles: for each role, each decision key with the options its row names. */
function pageTable(): Map<Role, Map<string, string[]>> {
  const lines = readFileSync('docs/play.md', 'utf8').split('\n');
  const start = lines.indexOf('| role | decision | options |');
  const out = new Map<Role, Map<string, string[]>>();
  let role: Role | undefined;
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [who, decision, options] = line.split('|').slice(1, 4).map((c) => c.trim()) as [string, string, string];
    if (who) role = who.replace(/`/g, '') as Role;
    const ticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const table = out.get(role!) ?? new Map<string, string[]>();
    for (const key of ticked(decision.split(':')[0]!)) table.set(key, ticked(options));
    out.set(role!, table);
  }
  return out;
}

describe('docs/play.md', () => {
  it('lists every decision of every role with the options its machine has there', () => {
    const table = pageTable();
    expect([...table.keys()]).toEqual(ROLE_NAMES);
    for (const role of ROLE_NAMES) {
      const page = table.get(role)!;
      expect([...page.keys()].sort(), role).toEqual(decisionsOf(role).map((p) => p.key).sort());
      for (const p of decisionsOf(role)) expect(page.get(p.key), `${role} ${p.key}`).toEqual(p.options.map((o) => o.option));
    }
  });
});
