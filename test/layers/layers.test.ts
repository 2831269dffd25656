import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The folders depend one way: machines → engine → scenario → log → explain, sweep → tui,
// report, pictures → cli (util beneath them all). A folder imports only folders of a lower
// rank; folders of one rank do not import each other.
const RANK: Record<string, number> = {
  'src/util': 0, machines: 0,
  'src/engine': 1,
  'src/scenario': 2,
  'src/log': 3,
  'src/explain': 4, 'src/sweep': 4,
  'src/tui': 5, 'src/report': 5, 'src/pictures': 5,
  'src/cli': 6,
};

const folderOf = (file: string): string | undefined =>
  Object.keys(RANK).find((f) => file === f || file.startsWith(`${f}/`));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** Every relative import (static, re-export or dynamic) of a file, as a path from the repo root. */
export function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative('.', join(dirname(file), s)));
}

/** Imports that run back up the layers: `from -> to`. */
export function backEdges(files: readonly string[], read: (f: string) => string): string[] {
  const bad: string[] = [];
  for (const file of files) {
    const from = folderOf(file);
    if (from === undefined) continue;
    for (const target of importsOf(file, read(file))) {
      const to = folderOf(target);
      if (to === undefined || to === from) continue;
      if (RANK[to]! >= RANK[from]!) bad.push(`${file} imports ${target} (${from} may not depend on ${to})`);
    }
  }
  return bad;
}

describe('folder layering', () => {
  it('has no import that runs back up the layers', () => {
    const files = [...sources('src'), ...sources('machines')];
    expect(files.every((f) => folderOf(f) !== undefined), 'every source folder has a rank').toBe(true);
    expect(backEdges(files, (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('catches a back edge, a same-rank edge and a dynamic import', () => {
    const text: Record<string, string> = {
      'src/scenario/a.ts': "import { x } from '../log/x.js';",
      'src/tui/b.ts': "export { y } from '../report/y.js';",
      'src/engine/c.ts': "const m = await import('../cli/main.js');",
      'src/cli/d.ts': "import { z } from '../engine/z.js';",
    };
    expect(backEdges(Object.keys(text), (f) => text[f]!)).toEqual([
      'src/scenario/a.ts imports src/log/x.js (src/scenario may not depend on src/log)',
      'src/tui/b.ts imports src/report/y.js (src/tui may not depend on src/report)',
      'src/engine/c.ts imports src/cli/main.js (src/engine may not depend on src/cli)',
    ]);
  });
});
