import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliAsync as cli } from '../helpers/cli.js';
import { binUnder } from '../helpers/faults.js';
import { tempDir } from '../helpers/logs.js';

/** A copy of the scenarios a test may try to write over, so a failing test loses nothing of the repo's. */
function library(): { dir: string; baseline: string; early: string; uncertain: string } {
  const dir = tempDir();
  for (const name of ['baseline.yaml', 'congress-early.yaml', 'baseline-uncertain.yaml']) copyFileSync(join('scenarios', name), join(dir, name));
  return { dir, baseline: join(dir, 'baseline.yaml'), early: join(dir, 'congress-early.yaml'), uncertain: join(dir, 'baseline-uncertain.yaml') };
}

describe('an output path that is one of the command\'s inputs is refused before anything is written, even with --force', () => {
  const lib = library();
  const log = join(lib.dir, 'baseline.jsonl');
  const event = join(lib.dir, 'event.yaml');

  it.each([
    ['run --log the scenario', () => ['run', lib.baseline, '--log', lib.baseline], lib.baseline, 'the scenario being run'],
    ['run --log a parent it extends', () => ['run', lib.early, '--log', lib.baseline], lib.baseline, `a scenario ${lib.early} extends`],
    ['fork -o the log', () => ['fork', log, '--at', '3', '--remove', 'blinken-briefs-biden', '-o', log], log, 'the log being forked'],
    ['fork -o an event file it adds', () => ['fork', log, '--at', '3', '--add', event, '-o', event], event, 'an event file it adds'],
    ['fork -o the scenario the fork extends', () => ['fork', log, '--at', '3', '--remove', 'blinken-briefs-biden', '-o', lib.baseline], lib.baseline, 'the scenario the fork extends'],
    ['sweep --out the scenario', () => ['sweep', lib.uncertain, '--runs', '5', '--workers', '0', '--out', lib.uncertain], lib.uncertain, 'a scenario being swept'],
    ['sweep --out a parent', () => ['sweep', lib.uncertain, '--runs', '5', '--workers', '0', '--out', lib.baseline], lib.baseline, `a scenario ${lib.uncertain} extends`],
    ['sweep --tally the --out file', () => ['sweep', lib.uncertain, '--runs', '5', '--workers', '0', '--out', join(lib.dir, 'r.jsonl'), '--tally', join(lib.dir, 'r.jsonl')], join(lib.dir, 'r.jsonl'), 'the --out rows file'],
    ['chart -o a scenario drawn', () => ['chart', lib.baseline, lib.early, '-o', lib.early], lib.early, 'a scenario being drawn'],
    ['report -o the parent', () => ['report', lib.early, '-o', lib.baseline], lib.baseline, `a scenario ${lib.early} extends`],
  ] as const)('%s', async (_, args, victim, what) => {
    if (!existsSync(log)) expect((await cli('run', lib.baseline, '--log', log)).code).toBe(0);
    if (!existsSync(event)) writeFileSync(event, 'id: late-remarks\ndate: 2024-06-20\nkind: remark\nactor: press\nsources: [politico-2024-05-31]\n');
    if (!existsSync(victim)) writeFileSync(victim, 'rows a sweep wrote before\n');
    const before = readFileSync(victim, 'utf8');
    const forced = [...args(), ...(args()[0] === 'sweep' ? [] : ['--force'])];
    const r = await cli(...forced);
    expect(r.code, r.err).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${victim}: cannot write: it is ${what}, which this command reads; even with --force it would be lost; choose another path`);
    expect(readFileSync(victim, 'utf8')).toBe(before);
  }, 60_000);

  it('a hard link to the input is the input, and is named', async () => {
    const other = join(lib.dir, 'other-name.yaml');
    linkSync(lib.baseline, other);
    const r = await cli('run', lib.baseline, '--log', other, '--force');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${other}: cannot write: it is the scenario being run (${lib.baseline}), which this command reads; even with --force it would be lost; choose another path`);
  });
});

describe('one writer per output path, across real processes', () => {
  const lib = library();

  /** Starts a long sweep in its own process; resolves once it has claimed `file`. */
  function longSweep(args: readonly string[], claim: string): Promise<{ pid: number; kill(): Promise<void> }> {
    const child = spawn(process.execPath, ['bin/redline.js', 'sweep', lib.uncertain, '--runs', '1000000', '--workers', '0', ...args], { stdio: 'ignore' });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    return new Promise((ready, fail) => {
      const poll = setInterval(() => {
        if (existsSync(claim)) {
          clearInterval(poll);
          ready({ pid: child.pid!, kill: () => (child.kill('SIGKILL'), exited) });
        }
      }, 20);
      child.on('exit', (code) => {
        clearInterval(poll);
        fail(new Error(`the long sweep ended (${code}) before it claimed ${claim}`));
      });
    });
  }

  it('a second writer is told who holds the path and since when; nothing of the first is touched', async () => {
    const rows = join(lib.dir, 'rows.jsonl');
    const first = await longSweep(['--out', rows], join(lib.dir, '.rows.jsonl.lock'));
    try {
      const holder = new RegExp(`^${rows}: another redline is writing it: redline sweep --out, pid ${first.pid}, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z; wait for it to finish`);
      const second = binUnder(undefined, ['sweep', lib.uncertain, '--runs', '1000000', '--workers', '0', '--out', rows, '--resume']);
      expect(second.code, second.err).toBe(2);
      expect(second.err).toMatch(holder);
      const log = binUnder(undefined, ['run', lib.baseline, '--log', rows, '--force']);
      expect(log.code, log.err).toBe(2);
      expect(log.err).toMatch(new RegExp(`^${rows}: another redline is writing it: redline sweep --out, pid ${first.pid}`));
      expect(readFileSync(rows, 'utf8')).toMatch(/^\{"redline":"sweep"/);
    } finally {
      await first.kill();
    }
  }, 120_000);

  it('a claim left by a killed process is taken over, said so, and removed at the end', async () => {
    const part = join(lib.dir, 'part.json');
    const lock = join(lib.dir, '.part.json.lock');
    const first = await longSweep(['--summary', '--json', '--tally', part], lock);
    await first.kill();
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: first.pid, command: 'redline sweep --tally' });
    const again = binUnder(undefined, ['sweep', lib.uncertain, '--runs', '20', '--workers', '0', '--summary', '--json', '--tally', part]);
    expect(again.code, again.err).toBe(0);
    expect(again.err).toMatch(new RegExp(`^note: took over the path from pid ${first.pid} \\(redline sweep --tally, since [^)]+\\), which is no longer running$`, 'm'));
    expect(JSON.parse(readFileSync(part, 'utf8'))).toMatchObject({ redline: 'sweep-tally', runs: 20 });
    expect(existsSync(lock)).toBe(false);
  }, 120_000);
});
