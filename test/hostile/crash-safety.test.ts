import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { stringify } from 'yaml';
import { simulate } from '../../src/engine/index.js';
import { formatLog } from '../../src/log/index.js';
import { writeTempBeside } from '../../src/log/write-file-safely.js';
import { cliAsync as cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/logs.js';
import { longScenario } from '../helpers/long-scenario.js';

/*
 * A write killed at any moment leaves the old file or the whole new one, never
 * half of one: the text goes to a temp file, is flushed, then renamed. The kills
 * come at seeded random moments through the run, and just as a temp file appears.
 */

/** Runs the bundled CLI; kills it with SIGKILL after `delayMs`, or as soon as a temp file shows in `dir`. */
function killed(args: readonly string[], kill: { delayMs: number } | { onTempIn: string }): Promise<{ hitTemp: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/redline.js', ...args], { stdio: 'ignore' });
    let hitTemp = false;
    const stop = () => child.kill('SIGKILL');
    const timer = 'delayMs' in kill ? setTimeout(stop, kill.delayMs) : setInterval(() => {
      if (readdirSync(kill.onTempIn).some((n) => n.endsWith('.tmp'))) {
        hitTemp = true;
        stop();
      }
    }, 1);
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(timer);
      done({ hitTemp });
    });
  });
}

/** How long an unkilled run of the command takes here, so kills can be spread across it. */
function duration(args: readonly string[]): Promise<number> {
  const start = process.hrtime.bigint();
  return new Promise((done) => {
    spawn(process.execPath, ['bin/redline.js', ...args], { stdio: 'ignore' }).on('exit', () => done(Number(process.hrtime.bigint() - start) / 1e6));
  });
}

const OLD = 'the old file, which must survive any kill whole\n';
const rng = xoroshiro128plus(8);

/**
 * Kills the command at random moments and once more as each temp file appears;
 * after each kill the target holds either `OLD` or exactly `expected`.
 */
async function killRepeatedly(dir: string, target: string, args: readonly string[], expected: string, randomKills: number, aimedKills: number) {
  const full = await duration(args);
  // Unkilled, the command writes exactly the expected text: the kills below test a write that happens.
  expect(readFileSync(target, 'utf8')).toBe(expected);
  const seen = { old: 0, new: 0, hitTemp: 0 };
  const kills = [
    ...Array.from({ length: randomKills }, () => ({ delayMs: uniformInt(rng, 0, Math.ceil(full * 1.2)) })),
    ...Array.from({ length: aimedKills }, () => ({ onTempIn: dir })),
  ];
  for (const kill of kills) {
    writeFileSync(target, OLD);
    const { hitTemp } = await killed(args, kill);
    const now = readFileSync(target, 'utf8');
    expect([OLD, expected]).toContain(now);
    seen[now === OLD ? 'old' : 'new']++;
    if (hitTemp) seen.hitTemp++;
  }
  return seen;
}

describe('a write killed with SIGKILL at any moment', () => {
  const dir = tempDir();
  const long = longScenario(300, 3);
  const inputs = { ...long, scenario: { id: 'long', title: 'Long' } };
  const scenario = join(dir, 'long.yaml');
  writeFileSync(scenario, stringify({ id: 'long', title: 'Long', summary: 'Many synthetic inputs.', seed: 3, events: long.events }));
  const expectedLog = formatLog(simulate(inputs));

  it('run --log --force over an old log: the old log or the whole new one', async () => {
    const target = join(dir, 'run.jsonl');
    const seen = await killRepeatedly(dir, target, ['run', scenario, '--log', target, '--force'], expectedLog, 6, 3);
    expect(seen.old + seen.new).toBe(9);
  }, 120_000);

  it('fork -o --force over an old scenario: the old file or the whole fork', async () => {
    const log = join(dir, 'long.jsonl');
    writeFileSync(log, expectedLog);
    const target = join(dir, 'my-fork.yaml');
    const args = ['fork', log, '--at', '5', '--set', 'dueDiligenceDays=3', '-o', target, '--force'];
    writeFileSync(target, OLD);
    expect((await cli(...args)).code).toBe(0);
    const expected = readFileSync(target, 'utf8');
    const seen = await killRepeatedly(dir, target, args, expected, 6, 3);
    expect(seen.old + seen.new).toBe(9);
  }, 120_000);

  it('leaves behind at most hidden temp files, which a later write steps around (a pid can come round again)', async () => {
    const target = join(dir, 'again.jsonl');
    // Temp names are <name>.<pid>.<serial>.tmp: leave the next five as a killed process with this pid would have.
    const probe = writeTempBeside(target, 'x');
    rmSync(probe);
    const serial = Number(/\.(\d+)\.tmp$/.exec(probe)![1]);
    for (let n = serial + 1; n <= serial + 5; n++) writeFileSync(join(dir, `.again.jsonl.${process.pid}.${n}.tmp`), 'left by a killed run');
    expect(writeTempBeside(target, 'x')).toMatch(new RegExp(`\\.${serial + 6}\\.tmp$`));
    expect(await cli('run', scenario, '--log', target)).toMatchObject({ code: 0, err: expect.stringMatching(/^log: /) });
    expect(readFileSync(target, 'utf8')).toBe(expectedLog);
    // A killed writer also leaves its claim on the path (.NAME.lock, and the claim's own temp .NAME.lock.PID.new), which the next writer takes over.
    for (const name of readdirSync(dir)) expect(name).toMatch(/^(?:long\.yaml|long\.jsonl|run\.jsonl|my-fork\.yaml|again\.jsonl|\..+\.tmp|\..+\.lock(?:\.\d+\.new)?)$/);
  });
});

describe('a write that would replace a file is refused without --force, and the file is kept to the byte', () => {
  const dir = tempDir();
  const log = join(dir, 'baseline.jsonl');

  it.each([
    ['run --log', 'run.jsonl', (out: string) => ['run', 'scenarios/baseline.yaml', '--log', out], /already exists; pass --force to overwrite it/],
    ['fork -o', 'my-fork.yaml', (out: string) => ['fork', log, '--at', '33', '--remove', 'blinken-briefs-biden', '-o', out], /already exists; pass --force to overwrite it/],
    ['diagram -o', 'allies.md', (out: string) => ['diagram', '--machine', 'allies', '-o', out], /already exists; pass --force to overwrite it, or choose another path/],
    ['chart -o', 'chart.svg', (out: string) => ['chart', 'scenarios/baseline.yaml', '-o', out], /already exists; pass --force to overwrite it, or choose another path/],
  ] as const)('%s', async (_, name, args, message) => {
    if (!existsSync(log)) expect((await cli('run', 'scenarios/baseline.yaml', '--log', log)).code).toBe(0);
    const file = join(dir, name);
    writeFileSync(file, OLD);
    const refused = await cli(...args(file));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    const forced = await cli(...args(file), '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(OLD);
  }, 60_000);
});
