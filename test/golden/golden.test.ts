import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { cliAsync } from '../helpers/cli.js';
import { goldenCases, goldenFile, goldenInputs } from './cases.js';

// The outputs of every command on every scenario, as they were before the engine changed.
// A change to what the model decides changes them on purpose: regenerate with `npm run golden`
// (REDLINE_GOLDEN=write), read the diff of what moved, and commit the new files with the change.
const WRITE = process.env.REDLINE_GOLDEN === 'write';
const HOW = 'If the model changed on purpose, regenerate with `npm run golden` and commit test/golden/.';

interface Kept {
  readonly args: readonly string[];
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly file?: string;
}

async function outputsOf(input: string): Promise<Kept[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'redline-golden-'));
  const log = join(tmp, 'run.jsonl');
  try {
    const kept: Kept[] = [];
    for (const c of goldenCases(input)) {
      const args = c.args.map((a) => (a === '{log}' ? log : a));
      const r = await cliAsync(...args);
      const hide = (t: string) => t.split(tmp).join('{tmp}');
      kept.push({
        args: c.args, code: r.code, out: hide(r.out), err: hide(r.err),
        ...(c.writes ? { file: existsSync(log) ? readFileSync(log, 'utf8') : '(not written)' } : {}),
      });
    }
    return kept;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const inputs = goldenInputs();

describe('golden outputs (test/golden/)', () => {
  it('keeps a golden file for every scenario and every fixture that loads, and no other', () => {
    const expected = inputs.map((f) => goldenFile(f).replace('test/golden/', '')).sort();
    const present = readdirSync('test/golden').filter((n) => n.endsWith('.json.gz')).sort();
    if (WRITE) for (const n of present.filter((p) => !expected.includes(p))) rmSync(join('test/golden', n));
    else expect(present, HOW).toEqual(expected);
  });

  it.each(inputs)('%s: the same log, --json of run, check, explain, state, replay and diff, and report as kept', async (input) => {
    const now = await outputsOf(input);
    const file = goldenFile(input);
    if (WRITE) {
      writeFileSync(file, gzipSync(`${JSON.stringify(now, null, 1)}\n`, { level: 9 }));
      return;
    }
    expect(existsSync(file), `${file} is missing. ${HOW}`).toBe(true);
    const kept = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Kept[];
    expect(now.map((k) => k.args.join(' ')), HOW).toEqual(kept.map((k) => k.args.join(' ')));
    kept.forEach((k, i) => expect(now[i], `redline ${k.args.join(' ')} differs from ${file}. ${HOW}`).toEqual(k));
  }, 120_000);
});
