import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, runState } from '../../src/sweep/draws.js';
import { runSeedV1 } from '../../src/sweep/seed-v1.js';
import { cli } from '../helpers/cli.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const dir = () => mkdtempSync(join(tmpdir(), 'redline-rows-'));

/** Today's rows rewritten as redline wrote them before 128-bit seeds: version 1, each run's 32-bit seed. */
function asVersion1(rows: string): string {
  const [head, ...lines] = rows.split('\n');
  const header = { ...JSON.parse(head!), version: 1 };
  const old = lines.map((l) => {
    const row = JSON.parse(l);
    return JSON.stringify({ ...row, seed: runSeedV1(header.seed, row.run) });
  });
  return [JSON.stringify(header), ...old].join('\n');
}

describe('128-bit run seeds', () => {
  it('give every run of a large sweep its own state, as 32 hex digits', () => {
    const seen = new Set<string>();
    for (let run = 0; run < 200_000; run++) seen.add(runSeed(7, run));
    expect(seen.size).toBe(200_000);
    expect(runSeed(7, 0)).toMatch(/^[0-9a-f]{32}$/);
    expect(runSeed(7, 2 ** 40)).not.toBe(runSeed(7, 0));
    expect(runSeed(8, 0)).not.toBe(runSeed(7, 0));
  });

  it('spread the bits: each of the 128 is set in about half of the runs', () => {
    const ones = new Array<number>(128).fill(0);
    const n = 4000;
    for (let run = 0; run < n; run++) {
      runState(7, run).forEach((w, i) => {
        for (let b = 0; b < 32; b++) if ((w >>> b) & 1) ones[i * 32 + b]!++;
      });
    }
    // Binomial(4000, 0.5) has sd 31.6: five sd either side.
    for (const c of ones) expect(Math.abs(c - n / 2)).toBeLessThan(160);
  });

  it('are what each row carries, and the header says version 2', async () => {
    const lines = (await cli('sweep', UNCERTAIN, '--runs', '3', '--json', '--workers', '0')).out.split('\n').map((l) => JSON.parse(l));
    expect(lines[0].version).toBe(2);
    expect(lines.slice(1).map((r) => r.seed)).toEqual([0, 1, 2].map((r) => runSeed(7, r)));
  });
});

const rows = (await cli('sweep', UNCERTAIN, '--runs', '40', '--json', '--workers', '0')).out;

describe('rows of version 1 (32-bit run seeds)', () => {

  it('still merge, into the same report, and print as they were written', async () => {
    // Run 0 of seed 7 as the README printed it before 128-bit seeds.
    expect(runSeedV1(7, 0)).toBe(588976668);
    const file = join(dir(), 'old.jsonl');
    writeFileSync(file, `${asVersion1(rows)}\n`);
    const report = (await cli('sweep', UNCERTAIN, '--runs', '40', '--summary', '--json', '--workers', '0')).out;
    expect((await cli('merge', file, '--summary', '--json')).out).toBe(report);
    expect((await cli('merge', file, '--json')).out).toBe(asVersion1(rows));
    expect((await cli('merge', file, '--csv')).out.split('\n')[1]!.split(',')[1]).toBe(String(runSeedV1(7, 0)));
  });

  it('are not carried on with new seeds: --resume refuses, saying how to re-run, and leaves the file as it was', async () => {
    const file = join(dir(), 'old.jsonl');
    const text = `${asVersion1(rows).split('\n').slice(0, 11).join('\n')}\n`;
    writeFileSync(file, text);
    const r = await cli('sweep', UNCERTAIN, '--runs', '40', '--out', file, '--resume', '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:1: holds rows of version 1 (each run seeded from 32 bits), which cannot be carried on with 128-bit run seeds; re-run the sweep into a new file: redline sweep <scenario> --runs 40 --seed 7 --out <new file>`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a version this redline does not know is refused, naming it', async () => {
    const file = join(dir(), 'new.jsonl');
    writeFileSync(file, `${rows.replace('"version":2', '"version":3')}\n`);
    const r = await cli('merge', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:1: holds sweep rows of version 3, which this redline does not know (it reads 1 and 2)`);
  });

  it('and parts of two versions do not merge', async () => {
    const d = dir();
    const a = join(d, 'a.jsonl');
    const b = join(d, 'b.jsonl');
    writeFileSync(a, `${(await cli('sweep', UNCERTAIN, '--runs', '40', '--shard', '1/2', '--json', '--workers', '0')).out}\n`);
    writeFileSync(b, `${asVersion1((await cli('sweep', UNCERTAIN, '--runs', '40', '--shard', '2/2', '--json', '--workers', '0')).out)}\n`);
    const r = await cli('merge', a, b);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it differs in version');
  });
});
