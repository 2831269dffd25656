import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/engine/graph is the one reader of XState's machines: nothing else walks their state nodes
// or decodes their guard combinators; everything else reads the model graph it makes.
const READER = 'src/engine/graph/';

/** What gives a walk of XState's nodes or a decoding of its guards away, wherever it stands. */
const EVERYWHERE: readonly (readonly [RegExp, string])[] = [
  [/\b_nodes\b|__xstatenode|\bidMap\b|getStateNodeById|\bgetStateNodes?\b|\bStateNode\b/, 'XState\'s state nodes'],
  [/\.implementations\b|\.definition\b|\.config\b(?!\/)/, 'a machine\'s definition'],
  [/read-guard|\bcombinatorOf\b|\.check\b(?!\s*\()|xstate\.(?:and|or|not|stateIn)\b|\.name\s*===\s*['"](?:and|or|not|stateIn)\b/, 'a guard combinator'],
];
/** In a file that holds the model's machines (imports MACHINES), their nodes reached by name. */
const WITH_MACHINES = /\.(?:root|states|on|transitions|always|after|entry|exit|initial)\b/;

const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Each place outside the graph reader that reads XState's machines itself: `file: what`. */
export function outsideReaders(files: readonly string[], read: (f: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file.startsWith(READER)) continue;
    const text = code(read(file));
    for (const [pattern, what] of EVERYWHERE) if (pattern.test(text)) found.push(`${file}: ${what} (${pattern.exec(text)![0]})`);
    if (/\bMACHINES\b/.test(text) && WITH_MACHINES.test(text)) found.push(`${file}: XState's state nodes (${WITH_MACHINES.exec(text)![0]})`);
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('one reader of the machines', () => {
  it('nothing in src/ outside src/engine/graph walks XState\'s state nodes or decodes its guard combinators', () => {
    const files = sources('src');
    expect(files.some((f) => f.startsWith(READER))).toBe(true);
    expect(outsideReaders(files, (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('catches the walks and decodings the graph replaced, and leaves the graph\'s own data and comments alone', () => {
    const text: Record<string, string> = {
      'src/engine/stepper/a.ts': 'const ids = (snapshot._nodes as { id: string }[]).map((x) => x.id);',
      'src/log/b.ts': "import { combinatorOf } from '../engine/graph/read-guard.js';",
      'src/tui/c.ts': "if (guard.name === 'and') return guard.guards.map(text);",
      'src/pictures/d.ts': "import { MACHINES } from '../../machines/index.js';\nconst s = MACHINES.press.root.states;",
      'src/log/e.ts': 'const config = m.config;',
      'src/explain/f.ts': 'const CHECKS = new Map([[and([]).check, "and"]]);',
      // The graph's own nodes and guard trees, a zod check and comments are fine.
      'src/tui/g.ts': "for (const t of node.always ?? []) add(t);\nif (guard.kind === 'and') x = guard.guards;\nz.string().check(z.minLength(1));\n// XState's `_nodes` order",
      'src/engine/graph/h.ts': 'const nodes = snapshot._nodes;',
    };
    expect(outsideReaders(Object.keys(text), (f) => text[f]!).map((l) => l.split(':')[0])).toEqual([
      'src/engine/stepper/a.ts', 'src/log/b.ts', 'src/tui/c.ts', 'src/pictures/d.ts', 'src/log/e.ts', 'src/explain/f.ts',
    ]);
  });
});
