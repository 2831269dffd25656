import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync } from '../helpers/cli.js';

const BIN = resolve('bin/redline.js');
const dir = mkdtempSync(join(tmpdir(), 'redline-stdin-'));

/** The bin run as a user runs it, with `input` piped to its standard input (dist/ is built before the suite). */
function piped(input: string, args: string[], cwd = '.'): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string) => readFileSync(name, 'utf8');

// Each case starts the bin once or twice (a fraction of a second); nothing here is timed.
describe('"-" reads a scenario, log or sweep from standard input (issue 16)', { timeout: 60_000 }, () => {
  // Standard input has no folder: the current one stands for it (the kept ensemble is ../ensembles/ from there).
  it('run - prints what run prints for the file itself, read from the current folder', () => {
    const r = piped(file('scenarios/baseline.yaml'), ['run', '-'], 'scenarios');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(piped('', ['run', 'baseline.yaml'], 'scenarios').out);
    expect(r.out).toMatch(/^baseline: /);
  });

  it('a scenario on standard input extends one by id from the current folder, and says so when it is not there', () => {
    const whatIf = file('scenarios/congress-early.yaml');
    const here = piped(whatIf, ['run', '-', '--json'], 'scenarios');
    expect(here.code, here.err).toBe(0);
    expect(here.out).toBe(piped('', ['run', 'congress-early.yaml', '--json'], 'scenarios').out);
    const elsewhere = piped(whatIf, ['run', '-']);
    expect(elsewhere.code).toBe(2);
    const line = whatIf.split('\n').findIndex((l) => l.startsWith('extends:')) + 1;
    expect(elsewhere.err).toMatch(new RegExp(`^<stdin>:${line}:\\d+: extends: no scenario with id "baseline" among the \\*\\.yaml files in the current folder \\(standard input has no folder of its own\\)`));
  });

  it('names "<stdin>" and the line of a mistake, in words and under --json; exit 2', () => {
    const bad = file('scenarios/baseline.yaml').replace(/^seed: .*$/m, 'seed: soon');
    const line = bad.split('\n').findIndex((l) => l === 'seed: soon') + 1;
    expect(line).toBeGreaterThan(0);
    const r = piped(bad, ['run', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^<stdin>:${line}:\\d+: `));
    const json = piped(bad, ['run', '-', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).problems[0]).toMatchObject({ file: '<stdin>', line });
  });

  it('replay - and state - read a log; a damaged line names <stdin> and its line', () => {
    const log = join(dir, 'baseline.jsonl');
    expect(piped('', ['run', 'scenarios/baseline.yaml', '--log', log]).code).toBe(0);
    const replay = piped(file(log), ['replay', '-']);
    expect(replay.code, replay.err).toBe(0);
    expect(replay.out).toBe(piped('', ['replay', log]).out);
    const state = piped(file(log), ['state', '-', '--at', '5', '--json']);
    expect(state.code, state.err).toBe(0);
    expect(state.out).toBe(piped('', ['state', log, '--at', '5', '--json']).out);
    const lines = file(log).split('\n');
    const damaged = piped([...lines.slice(0, 3), '{"seq": oops}', ...lines.slice(4)].join('\n'), ['replay', '-']);
    expect(damaged.code).toBe(2);
    expect(damaged.err).toMatch(/^<stdin>:4: an event line is not valid JSON/m);
  });

  it('sweep - runs the scenario on standard input, on worker threads too', () => {
    const args = ['--runs', '40', '--seed', '3', '--workers', '2', '--json'];
    // It extends baseline by id: run where baseline.yaml is.
    const r = piped(file('scenarios/baseline-uncertain.yaml'), ['sweep', '-', ...args], 'scenarios');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(piped('', ['sweep', 'scenarios/baseline-uncertain.yaml', ...args]).out);
  });

  it('chart --sweep - draws rows from standard input; torn rows are refused at their line in <stdin>', () => {
    const rows = piped('', ['sweep', 'scenarios/baseline-uncertain.yaml', '--runs', '30', '--seed', '2', '--json']).out;
    const rowsFile = join(dir, 'rows.json');
    writeFileSync(rowsFile, rows);
    const drawn = piped(rows, ['chart', '--sweep', '-']);
    expect(drawn.code, drawn.err).toBe(0);
    expect(drawn.out).toBe(piped('', ['chart', '--sweep', rowsFile]).out);
    const lines = rows.split('\n');
    const torn = piped(`${lines.slice(0, 6).join('\n')}\n${lines[6]!.slice(0, 40)}`, ['chart', '--sweep', '-']);
    expect(torn.code).toBe(2);
    expect(torn.err).toMatch(/^<stdin>:7: is cut off mid-row/);
    expect(torn.err).not.toMatch(/redline-stdin-/);
  });
});

describe('"-" among the parts of a merge', { timeout: 60_000 }, () => {
  it('merges a shard from standard input as from its file', () => {
    const parts = [1, 2].map((k) => {
      const part = join(dir, `part${k}.json`);
      writeFileSync(part, piped('', ['sweep', 'scenarios/baseline-uncertain.yaml', '--runs', '20', '--seed', '1', '--shard', `${k}/2`, '--json']).out);
      return part;
    });
    const fromStdin = piped(file(parts[0]!), ['merge', '-', parts[1]!, '--json']);
    expect(fromStdin.code, fromStdin.err).toBe(0);
    expect(fromStdin.out).toBe(piped('', ['merge', ...parts, '--json']).out);
  });
});

describe('"-" is refused where it cannot be meant, with exit 2 and a message saying why', () => {
  it('twice in one command: standard input can be read once', async () => {
    for (const args of [['diff', '-', '-'], ['explain', '-', '--against', '-']]) {
      const r = await cliAsync(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^redline: standard input \(-\) can be read only once; give the other files by their paths/);
    }
  });

  it('as a file to write: -o, --out, --log and --tally', async () => {
    const cases: [string[], string][] = [
      [['chart', 'scenarios/baseline.yaml', '-o', '-'], '-o -: "-" stands for standard input, which redline reads and never writes; give -o a file path, or leave -o out to print to standard output'],
      [['run', 'scenarios/baseline.yaml', '--log', '-'], '--log -: "-" stands for standard input, which redline reads and never writes; give --log a file path'],
      [['sweep', 'scenarios/baseline-uncertain.yaml', '--out', '-'], '--out -: "-" stands for standard input, which redline reads and never writes; give --out a file path'],
      [['sweep', 'scenarios/baseline-uncertain.yaml', '--tally', '-'], '--tally -: "-" stands for standard input, which redline reads and never writes; give --tally a file path'],
    ];
    for (const [args, message] of cases) {
      const r = await cliAsync(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')[0]).toBe(`redline: ${message}`);
      expect(r.out).toBe('');
    }
  });

  // util-linux's script(1) gives the command a terminal for its standard input.
  it.skipIf(spawnSync('sh', ['-c', 'command -v script']).status !== 0)('from a terminal: it says to pipe the file in, rather than wait for keys', () => {
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" run -`, '/dev/null'], { input: '', encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stdout.replace(/\r/g, '')).toMatch(/^<stdin>: is a terminal, not a file: pipe the file in \(cat scenario\.yaml \| redline run -\), or give its path instead of -$/m);
  });

  it('an argument that is not a file keeps its "-": explain\'s milestone', async () => {
    const r = await cliAsync('explain', 'scenarios/baseline.yaml', '-');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^redline: unknown milestone "-"; milestones: /);
  });

  it('for tui, whose keys come from standard input', async () => {
    const r = await cliAsync('tui', '-');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^redline: tui reads its keys from standard input, so it cannot read the file there too; give the file's path/);
  });
});
