import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createTimeline, foldRun, simulate } from '../../src/engine/index.js';
import { formatLog, LOG_VERSION, modelHash, parseLog, readLog, REDLINE_VERSION, writeLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE } from '../helpers/scenario.js';
import { baselineRun, tempDir } from '../helpers/logs.js';
import pkg from '../../package.json' with { type: 'json' };

const run = baselineRun();

describe('the log file', () => {
  it('starts with a header holding the format, versions, model hash, scenario, seed and resolved inputs', () => {
    const header = JSON.parse(formatLog(run).split('\n')[0]!);
    expect(Object.keys(header)).toEqual(['format', 'version', 'redline', 'modelHash', 'scenario', 'seed', 'inputs', 'initialLedger', 'initialStates']);
    expect(header).toMatchObject({ format: 'redline-log', version: LOG_VERSION, redline: pkg.version, scenario: 'baseline', seed: 0 });
    expect(header.modelHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(header.inputs).toEqual(JSON.parse(JSON.stringify(run.inputs)));
  });

  it('holds one event a line, in seq order, each line ending in a newline', () => {
    const text = formatLog(run);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(run.events.length + 1);
    lines.slice(1).forEach((line, i) => expect(JSON.parse(line).seq).toBe(i + 1));
  });

  it('is byte-identical for the same scenario and seed, from this process and from the bundled CLI', () => {
    const dir = tempDir();
    const again = simulate(loadScenario(BASELINE).inputs);
    expect(formatLog(again)).toBe(formatLog(run));
    for (const name of ['a.jsonl', 'b.jsonl']) {
      execFileSync(process.execPath, ['bin/redline.js', 'run', BASELINE, '--log', join(dir, name)], { stdio: 'pipe' });
    }
    const a = readFileSync(join(dir, 'a.jsonl'));
    expect(a.equals(readFileSync(join(dir, 'b.jsonl')))).toBe(true);
    expect(a.toString('utf8')).toBe(formatLog(run));
  });

  it('round-trips: run → log → read gives the same run, and the same state at every seq', () => {
    const file = join(tempDir(), 'run.jsonl');
    writeLog(file, run);
    const log = readLog(file);
    expect(log.warnings).toEqual([]);
    expect(log.run).toEqual(run);
    expect(log.header.modelHash).toBe(modelHash());
    expect(log.header.redline).toBe(REDLINE_VERSION);
    const t = createTimeline(log.run, 8);
    for (let seq = 0; seq <= run.events.length; seq++) expect(t.stateAt(seq)).toEqual(foldRun(run, seq));
  });

  it('never overwrites an existing file unless forced, and leaves no temp file behind', () => {
    const dir = tempDir();
    const file = join(dir, 'run.jsonl');
    writeFileSync(file, 'my notes\n');
    expect(() => writeLog(file, run)).toThrow(/run\.jsonl: already exists; pass --force to overwrite it, or choose another path/);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
    writeLog(file, run, { force: true });
    expect(readFileSync(file, 'utf8')).toBe(formatLog(run));
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).trim()).toBe('run.jsonl');
  });

  it('creates the folder it writes into', () => {
    const file = join(tempDir(), 'runs', 'deep', 'run.jsonl');
    writeLog(file, run);
    expect(parseLog(readFileSync(file, 'utf8'), file).run.events).toHaveLength(run.events.length);
  });
});

describe('the v1 fixture (a log written by the first release of the format)', () => {
  const FIXTURE = 'test/fixtures/logs/baseline-v1.jsonl';

  it('still reads, and replays to the milestones it recorded', () => {
    const log = readLog(FIXTURE);
    expect(log.warnings).toEqual([]);
    expect(log.header.version).toBe(2); // upcast: version 1 had no played runs
    expect(log.header.scenario).toBe('baseline');
    expect(log.run.events).toHaveLength(70);
    const state = foldRun(log.run);
    expect(state.milestones['formal-request']).toEqual({ date: '2024-05-13', seq: 25 });
    expect(state.milestones['in-effect']).toEqual({ date: '2024-05-30', seq: 60 });
    expect(state.machines.decision).toEqual({ path: 'path.inEffect', publicity: 'publicity.confirmed' });
  });
});
