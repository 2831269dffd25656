import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { FORCE_NAMES, MILESTONE_IDS } from '../../machines/index.js';
import { simulate } from '../../src/engine/index.js';
import { formatLog, readLog } from '../../src/log/index.js';
import { BASELINE } from '../helpers/scenario.js';
import { cli } from '../helpers/cli.js';
import { baselineRun, tempDir } from '../helpers/logs.js';
import { longScenario } from '../helpers/long-scenario.js';

const run = baselineRun();

describe('redline run --log', () => {
  it('writes the log, says so on stderr, and prints the usual output', async () => {
    const file = join(tempDir(), 'runs', 'baseline.jsonl');
    const { code, out, err } = await cli('run', BASELINE, '--log', file, '--json');
    expect(code).toBe(0);
    expect(err).toBe(`log: ${file} (header and ${run.events.length} events)`);
    expect(JSON.parse(out).scenario).toBe('baseline');
    expect(readFileSync(file, 'utf8')).toBe(formatLog(run));
  });

  it('refuses to overwrite without --force (exit 2), overwrites with it', async () => {
    const file = join(tempDir(), 'baseline.jsonl');
    writeFileSync(file, 'keep me\n');
    const refused = await cli('run', BASELINE, '--log', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`${file}: already exists; pass --force to overwrite it, or choose another path`);
    expect(refused.out).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect((await cli('run', BASELINE, '--log', file, '--force')).code).toBe(0);
    expect(readLog(file).run.events).toHaveLength(run.events.length);
    expect((await cli('run', BASELINE, '--force')).err).toMatch(/--force only applies with --log FILE/);
  });
});

describe('redline state', () => {
  const file = join(tempDir(), 'baseline.jsonl');
  writeFileSync(file, formatLog(run));
  const requested = run.events.find((e) => e.type === 'request.received')!;

  it('--at N prints the event, the ledger with labels, the measures, every machine and the milestones so far', async () => {
    const { code, out } = await cli('state', file, '--at', String(requested.seq));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`baseline · after event ${requested.seq} of ${run.events.length} · ${requested.date}`);
    expect(lines[1]).toBe(`event ${requested.seq}: request.received (decision machine, after event ${requested.cause}): Washington receives Kyiv's formal request`);
    expect(out).toMatch(/^ {2}Russian push on Kharkiv\s+russianPressure\s+[\d.]+$/m);
    for (const m of ['kharkivThreat', 'support', 'restraint', 'net']) expect(out).toMatch(new RegExp(`^  .+\\s${m}\\s+-?[\\d.]+$`, 'm'));
    expect(out).toMatch(/^ {2}decision\s+path\.requestReceived · publicity\.secret$/m);
    expect(out).toMatch(new RegExp(`^  formal-request\\s+${requested.date}\\s+event ${requested.seq}$`, 'm'));
    expect(out).toMatch(/^ {2}in-effect\s+—$/m);
  });

  it('--json gives the same state as data', async () => {
    const json = JSON.parse((await cli('state', file, '--at', String(requested.seq), '--json')).out);
    expect(Object.keys(json)).toEqual(['scenario', 'seq', 'events', 'date', 'event', 'ledger', 'measures', 'machines', 'milestones']);
    expect(json.event).toEqual(requested);
    expect(Object.keys(json.ledger)).toEqual(FORCE_NAMES);
    expect(json.ledger.russianPressure.label).toBe('Russian push on Kharkiv');
    expect(Object.keys(json.measures)).toEqual(['kharkivThreat', 'support', 'restraint', 'net']);
    expect(json.machines.decision).toEqual({ path: 'path.requestReceived', publicity: 'publicity.secret' });
    expect(json.machines.kyiv).toEqual({ border: 'border.awaitingAnswer', wider: 'wider.content' });
    expect(Object.keys(json.milestones)).toEqual(MILESTONE_IDS);
    expect(json.milestones['formal-request']).toEqual({ date: requested.date, seq: requested.seq });
  });

  it('--on a day gives the state after that day\'s last event; --at 0 the starting state', async () => {
    const day = run.events.find((e) => e.type === 'president.approved-in-principle')!.date;
    const json = JSON.parse((await cli('state', file, '--on', day, '--json')).out);
    const last = run.events.filter((e) => e.date <= day).at(-1)!;
    expect(json.seq).toBe(last.seq);
    expect(json.milestones['approved-in-principle'].date).toBe(day);
    expect(run.events[last.seq]!.date > day).toBe(true);
    expect((await cli('state', file, '--at', '0')).out.split('\n').slice(0, 2)).toEqual([
      `baseline · after event 0 of ${run.events.length} · before the first event`, 'event: none yet (the starting state)',
    ]);
  });

  it('bad points are usage errors (exit 2)', async () => {
    const n = run.events.length;
    expect((await cli('state', file, '--at', String(n + 1))).err).toContain(`--at ${n + 1}: the log has events 1–${n}`);
    expect((await cli('state', file, '--at', 'x')).code).toBe(2);
    expect((await cli('state', file, '--on', '2024-02-30')).err).toMatch(/--on 2024-02-30: expected a real day/);
    expect((await cli('state', file)).err).toMatch(/either --at <event number> or --on <YYYY-MM-DD>/);
    expect((await cli('state', file, '--at', '3', '--on', '2024-05-15')).code).toBe(2);
  });
});

describe('a run --log killed with SIGKILL', () => {
  it('leaves either no log or a complete one, never a torn one', async () => {
    const inputs = longScenario(300, 3);
    const dir = tempDir();
    const scenario = join(dir, 'long.yaml');
    writeFileSync(scenario, stringify({ id: 'long', title: 'Long', summary: 'Many synthetic inputs.', seed: 3, events: inputs.events }));
    const expected = simulate({ ...inputs, scenario: { id: 'long', title: 'Long' } }).events.length;

    /** Starts `run --log` and SIGKILLs it after `delayMs`; resolves when it is gone. */
    const killedAfter = (file: string, delayMs: number) => new Promise<void>((done) => {
      const child = spawn(process.execPath, ['bin/redline.js', 'run', scenario, '--log', file], { stdio: 'ignore' });
      const timer = Number.isFinite(delayMs) ? setTimeout(() => child.kill('SIGKILL'), delayMs) : undefined;
      child.on('exit', () => {
        clearTimeout(timer);
        done();
      });
    });

    // Kill points from before the run starts to after it has written: whichever step each lands in,
    // the log must be absent or whole. The last run is never killed, so at least one log is read whole
    // however slow the machine (crash-safety.test.ts kills at the moments the temp file appears).
    for (const delayMs of [0, 40, 80, 120, 160, 240, 320, 480, 640, Infinity]) {
      const file = join(dir, `killed-${delayMs}.jsonl`);
      await killedAfter(file, delayMs);
      if (!Number.isFinite(delayMs)) expect(existsSync(file)).toBe(true);
      if (existsSync(file)) {
        const log = readLog(file);
        expect(log.warnings).toEqual([]);
        expect(log.run.events).toHaveLength(expected);
      }
    }
    // Beside them only what a killed writer leaves by design: its temp file, and its claim (the next writer takes it over).
    for (const name of readdirSync(dir)) expect(name).toMatch(/^(long\.yaml|killed-(\d+|Infinity)\.jsonl|\.killed-\d+\.jsonl\.\d+\.\d+\.tmp|\.killed-\d+\.jsonl\.lock)$/);
  }, 120_000);
});
