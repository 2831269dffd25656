import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as redline } from '../helpers/cli.js';
import { readEnsemble } from '../../src/sweep/ensemble/ensemble-file.js';

const cli = async (...args: string[]) => await redline('calibrate', ...args);

describe('redline calibrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calibrate-'));

  it('writes the same ensemble, byte for byte, on 0 or 2 workers; shards hold the whole\'s members', async () => {
    const files = [0, 2].map((w) => join(dir, `w${w}.jsonl`));
    for (const [i, f] of files.entries()) expect((await cli('scenarios/baseline.yaml', '--draws', '400', '--seed', '3', '--workers', String(i * 2), '--out', f)).code).toBe(0);
    expect(readFileSync(files[0]!, 'utf8')).toBe(readFileSync(files[1]!, 'utf8'));
    const whole = readEnsemble(files[0]!);
    const parts = [];
    for (const k of [1, 2]) {
      const f = join(dir, `s${k}.jsonl`);
      await cli('scenarios/baseline.yaml', '--draws', '400', '--seed', '3', '--workers', '0', '--shard', `${k}/2`, '--out', f);
      parts.push(readEnsemble(f));
    }
    expect(parts.flatMap((p) => p.members.map((m) => m.run))).toEqual(whole.members.map((m) => m.run));
    expect(whole.header.tried).toBe(400);
  });

  it('prints tried, accepted and the rate, and each parameter\'s narrowing', async () => {
    const r = await cli('scenarios/baseline.yaml', '--draws', '300', '--seed', '3', '--workers', '0', '--json');
    const j = JSON.parse(r.out);
    expect(j.tried).toBe(300);
    expect(j.accepted).toBeGreaterThan(0);
    expect(j.rate).toBeCloseTo(j.accepted / 300, 10);
    expect(j.parameters.find((p: { key: string }) => p.key === 'weightThreat').label).toMatch(/identified/);
  });

  it('refuses an empty posterior with exit 2, saying how many draws were tried and which window rejected most', async () => {
    // Seed 3's first draw misses the record (checked: the 400-draw ensemble above does not hold run 0).
    expect(readEnsemble(join(dir, 'w0.jsonl')).members[0]!.run).toBeGreaterThan(0);
    const r = await cli('scenarios/baseline.yaml', '--draws', '1', '--seed', '3', '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty posterior: none of the 1 draws.*rejected most/);
  });

  it('refuses an ensemble of another model, naming the fix', () => {
    const f = join(dir, 'w0.jsonl');
    const lines = readFileSync(f, 'utf8').split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), model: 'sha256:feed' });
    writeFileSync(join(dir, 'old.jsonl'), lines.join('\n'));
    expect(() => readEnsemble(join(dir, 'old.jsonl'))).toThrow(/another model.*npm run calibrate/);
  });
});
