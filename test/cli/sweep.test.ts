import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MILESTONE_IDS } from '../../machines/index.js';
import { foldRun, milestoneDates, simulate } from '../../src/engine/index.js';
import { applyDraws } from '../../src/sweep/apply-draws.js';
import { loadSweepJob } from '../../src/sweep/load-job.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';
import { cli, cliAsync, usageLine } from '../helpers/cli.js';

const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';
const dir = () => mkdtempSync(join(tmpdir(), 'redline-sweep-'));
const sweepRows = async (runs: number, ...more: string[]) => await cli('sweep', UNCERTAIN, '--runs', String(runs), '--json', ...more);

const whole = await sweepRows(300, '--workers', '0');

describe('redline sweep: the same runs however they are split', () => {

  it('streams a header then one row per run, in run order', () => {
    expect(whole.code).toBe(0);
    const lines = whole.out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(301);
    expect(lines[0]).toMatchObject({ redline: 'sweep', scenario: { id: 'baseline-uncertain' }, seed: 7, runs: 300, shard: { index: 1, count: 1 } });
    expect(lines.slice(1).map((r) => r.run)).toEqual([...Array(300).keys()]);
    expect(Object.keys(lines[1].milestones)).toEqual(MILESTONE_IDS);
    expect(Object.keys(lines[1].draws)).toHaveLength(14);
  });

  it('gives byte-identical rows on this thread, one worker and three', async () => {
    expect((await sweepRows(300, '--workers', '1')).out).toBe(whole.out);
    expect((await sweepRows(300, '--workers', '3')).out).toBe(whole.out);
  });

  it('merges shards, given in any order, into exactly the unsharded rows and summary', async () => {
    const d = dir();
    const parts: string[] = [];
    for (const k of [1, 2, 3]) {
      const file = join(d, `part${k}.json`);
      writeFileSync(file, `${(await sweepRows(300, '--shard', `${k}/3`, '--workers', k === 2 ? '2' : '0')).out}\n`);
      parts.push(file);
    }
    expect((await cli('merge', parts[2]!, parts[0]!, parts[1]!, '--json')).out).toBe(whole.out);
    const summary = (await cli('sweep', UNCERTAIN, '--runs', '300', '--summary', '--json', '--workers', '0')).out;
    expect((await cli('merge', ...parts, '--summary', '--json')).out).toBe(summary);
  });

  it('depends on the seed', async () => {
    expect((await sweepRows(50, '--seed', '8', '--workers', '0')).out).not.toBe((await sweepRows(50, '--workers', '0')).out);
  });
});

describe('redline sweep rows are runs of the reference engine', () => {
  it('each row\'s milestones are those of simulate() on the row\'s draws', async () => {
    const job = loadSweepJob(UNCERTAIN);
    const rows = (await sweepRows(6, '--workers', '0')).out.split('\n').slice(1).map((l) => JSON.parse(l));
    for (const row of rows) {
      const draws = job.uncertainty.map((u) => Number(row.draws[u.key]));
      const run = simulate(applyDraws(job.inputs, job.uncertainty, draws));
      expect(milestoneDates(foldRun(run))).toEqual(row.milestones);
    }
    expect(new Set(rows.map((r) => r.milestones['in-effect'])).size).toBeGreaterThan(1);
  });
});

describe('redline sweep --out: rows kept as runs finish, and --resume', () => {
  const RUNS = 1200;
  let full: string | undefined;
  const unbroken = async () => (full ??= `${(await sweepRows(RUNS, '--workers', '0')).out}\n`);

  it('carries on a sweep killed mid-way to the same file an unbroken sweep writes', async () => {
    const file = join(dir(), 'rows.jsonl');
    const child = spawn(process.execPath, ['bin/redline.js', 'sweep', UNCERTAIN, '--runs', String(RUNS), '--out', file, '--workers', '1']);
    const exited = new Promise((done) => child.on('exit', done));
    // Kill it as soon as some rows are on disk.
    while (!(existsSync(file) && readFileSync(file, 'utf8').split('\n').length > 3)) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    const kept = readFileSync(file, 'utf8').split('\n').length - 2;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(RUNS);
    const resumed = await cli('sweep', UNCERTAIN, '--runs', String(RUNS), '--out', file, '--resume', '--workers', '0');
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/^1,200 runs · seed 7/m);
    expect(readFileSync(file, 'utf8')).toBe(await unbroken());
  });

  it('drops a row cut off mid-write and carries on after the last whole one', async () => {
    const file = join(dir(), 'rows.jsonl');
    const full = await unbroken();
    const lines = full.split('\n');
    writeFileSync(file, `${lines.slice(0, 101).join('\n')}\n${lines[101]!.slice(0, 40)}`);
    expect((await cli('sweep', UNCERTAIN, '--runs', String(RUNS), '--out', file, '--resume', '--summary', '--json', '--workers', '0')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(full);
  });

  it('never overwrites rows: without --resume, or for another sweep, it stops with exit 2', async () => {
    const file = join(dir(), 'rows.jsonl');
    expect((await cli('sweep', UNCERTAIN, '--runs', '100', '--out', file, '--workers', '0')).code).toBe(0);
    const size = statSync(file).size;
    const again = await cli('sweep', UNCERTAIN, '--runs', '100', '--out', file);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds sweep rows; add --resume');
    const other = await cli('sweep', UNCERTAIN, '--runs', '100', '--seed', '9', '--out', file, '--resume');
    expect(other.code).toBe(2);
    expect(other.err).toContain(`${file}:1: holds another sweep (it differs in seed)`);
    expect(statSync(file).size).toBe(size);
  });
});

describe('redline merge', () => {
  it('merges tallies (sweep --tally), given in any order and mixed with rows, into the unsharded report and summary', async () => {
    const d = dir();
    const args = [UNCERTAIN, '--runs', '120', '--workers', '0'];
    const report = (await cli('sweep', ...args)).out;
    const summary = (await cli('sweep', ...args, '--summary', '--json')).out;
    expect(report).toContain('final-approval');
    for (const m of [2, 3]) {
      const tallies: string[] = [];
      for (let i = 0; i < m; i++) {
        const file = join(d, `t${i + 1}-of-${m}.json`);
        expect((await cli('sweep', ...args, '--shard', `${i + 1}/${m}`, '--tally', file)).code).toBe(0);
        tallies.unshift(file);
      }
      expect((await cli('merge', ...tallies)).out).toBe(report);
      expect((await cli('merge', ...tallies, '--summary', '--json')).out).toBe(summary);
    }
    const rows = join(d, 'rows-1-of-2.json');
    writeFileSync(rows, `${(await cli('sweep', ...args, '--shard', '1/2', '--json')).out}\n`);
    expect((await cli('merge', rows, join(d, 't2-of-2.json'), '--summary', '--json')).out).toBe(summary);
    const noRows = await cli('merge', join(d, 't1-of-2.json'), join(d, 't2-of-2.json'), '--json');
    expect(noRows.code).toBe(2);
    expect(JSON.parse(noRows.out)).toEqual({ problems: [expect.objectContaining({ message: expect.stringContaining('which has no rows') })] });
    expect(noRows.err).toContain('is a tally (sweep --tally), which has no rows; add --summary for the figures');
  });

  it('refuses missing, doubled or unfinished shards with exit 2 and says how to finish', async () => {
    const d = dir();
    const part = async (k: number, rows = Infinity) => {
      const file = join(d, `p${k}-${rows}.json`);
      writeFileSync(file, `${(await sweepRows(90, '--shard', `${k}/3`, '--workers', '0')).out.split('\n').slice(0, rows + 1).join('\n')}\n`);
      return file;
    };
    const [a, b, c] = [await part(1), await part(2), await part(3)];
    expect((await cli('merge', a, b)).err).toContain('shards missing: 3/3');
    expect((await cli('merge', a, b, b, c)).err).toContain('shards given twice: 2/3');
    const short = await part(3, 10);
    const unfinished = await cli('merge', a, b, short);
    expect(unfinished.code).toBe(2);
    expect(unfinished.out).toBe('');
    expect(unfinished.err).toContain(`${short}: holds 10 of the 30 runs of shard 3/3; finish it with redline sweep <scenario> --runs 90 --seed 7 --shard 3/3 --out ${short} --resume`);
    const other = join(d, 'other.json');
    writeFileSync(other, `${(await cli('sweep', UNCERTAIN, '--runs', '90', '--seed', '1', '--shard', '3/3', '--json', '--workers', '0')).out}\n`);
    expect((await cli('merge', a, b, other)).err).toContain(`${other}:1: is from another sweep than ${a} (it differs in seed)`);
  });
});

describe('the sweep report', () => {
  it('prints the milestone figures, the histogram and the tornado of final approval, and what drives each milestone', async () => {
    const { code, out } = await cli('sweep', UNCERTAIN, '--runs', '200', '--workers', '0');
    expect(code).toBe(0);
    expect(out).toMatch(/^200 runs · seed 7 · 14 uncertain inputs$/m);
    expect(out).toMatch(/^milestone\s+by 2024-06-01\s+never\s+p10\s+median\s+p90$/m);
    expect(out).toMatch(/^formal-request\s+100\.0%\s+0\.0%\s+2024-05-13\s+2024-05-13\s+2024-05-13$/m);
    expect(out).toMatch(/^final-approval: runs per day$/m);
    expect(out).toMatch(/^2024-05-2\d {2}█+/m);
    expect(out).toMatch(/^what moves final-approval: the share of the spread of its date each input explains alone \(ε²\)$/m);
    expect(out).toMatch(/^dueDiligenceDays\s+\d+\.\d% [░ ]*│█+/m);
    // The input that moves the policy's date most: the summary's, named in the report's last table.
    const top = JSON.parse((await cli('sweep', UNCERTAIN, '--runs', '200', '--summary', '--json', '--workers', '0')).out).attribution['in-effect'][0].input;
    expect(out).toMatch(new RegExp(`^in-effect\\s+${top} \\d+\\.\\d%`, 'm'));
  });

  it('--summary --json and --csv agree with figures recomputed from the rows', async () => {
    const rows = (await sweepRows(300, '--workers', '0')).out.split('\n').slice(1).map((l) => JSON.parse(l));
    const summary = JSON.parse((await cli('sweep', UNCERTAIN, '--runs', '300', '--summary', '--json', '--by', '2024-05-30', '--workers', '0')).out);
    for (const id of MILESTONE_IDS) {
      const dates = rows.map((r) => r.milestones[id] as string | null).sort((x, y) => (x ?? '9') < (y ?? '9') ? -1 : 1);
      const at = (p: number) => dates[Math.ceil(p * dates.length) - 1] ?? 'never';
      expect(summary.milestones[id]).toEqual({
        reachedBy: dates.filter((d) => d !== null && d <= '2024-05-30').length / 300,
        never: dates.filter((d) => d === null).length / 300,
        p10: at(0.1), median: at(0.5), p90: at(0.9),
      });
    }
    expect(summary.statistic).toMatch(/^ε² \(epsilon squared\)/);
    // Pace ties the letter and the quiet period to how clear the yes is, so the final bar now moves the policy's date most.
    expect(summary.attribution['in-effect'][0]).toMatchObject({ input: 'finalApprovalMargin' });
    const csv = (await cli('sweep', UNCERTAIN, '--runs', '300', '--summary', '--csv', '--by', '2024-05-30', '--workers', '0')).out.split('\n');
    expect(csv[0]).toBe('milestone,reached_by_2024-05-30,never,p10,median,p90,top_input,top_share');
    const effect = summary.milestones['in-effect'];
    expect(csv[9]).toBe(`in-effect,${effect.reachedBy},${effect.never},${effect.p10},${effect.median},${effect.p90},finalApprovalMargin,${summary.attribution['in-effect'][0].share}`);
  });

  it('--csv gives one row per run with a column per draw and per milestone', async () => {
    const lines = (await cli('sweep', UNCERTAIN, '--runs', '20', '--csv', '--workers', '0')).out.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]!.split(',')).toEqual(['run', 'seed', ...Object.keys(JSON.parse((await sweepRows(1, '--workers', '0')).out.split('\n')[1]!).draws), ...MILESTONE_IDS]);
    expect(lines[1]).toMatch(/^0,[0-9a-f]{32},/);
  });

  it('compares two scenarios with one seed: the figures of each and the difference', async () => {
    const text = await cli('sweep', BASELINE, UNCERTAIN, '--runs', '100', '--workers', '0');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^a: baseline \(/m);
    expect(text.out).toMatch(/^100 runs each · seed 0 · b minus a$/m);
    const json = JSON.parse((await cli('sweep', BASELINE, UNCERTAIN, '--runs', '100', '--json', '--workers', '0')).out);
    expect(json.a.milestones['in-effect'].reachedBy).toBe(1);
    expect(json.difference['in-effect'].reachedBy).toBe(Math.round((json.b.milestones['in-effect'].reachedBy - 1) * 1000) / 10);
    expect(json.difference['formal-request']).toEqual({ reachedBy: 0, median: 0, p10: 0, p90: 0 });
  });
});

describe('bad input to sweep', () => {
  it('a bad uncertainty block exits 2 with every problem located', async () => {
    const file = tempScenario(`${scenarioText()}uncertainty:\n  - parameter: finalAprovalMargin\n    dist: { uniform: [0, 0.1] }\n  - event: call\n    probability: 2\n`);
    const { code, err } = await cli('sweep', file, '--runs', '10');
    expect(code).toBe(2);
    expect(err).toBe([
      `${file}:14:16: unknown parameter "finalAprovalMargin" (did you mean "finalApprovalMargin"?); see machines/parameters.ts`,
      `${file}:17:18: probability: expected a number from 0 to 1; found 2`,
    ].join('\n'));
  });

  it('reports all four mistakes of test/fixtures/broken-sweep.yaml (the README\'s example), in file order', async () => {
    const { code, out, err } = await cli('sweep', 'test/fixtures/broken-sweep.yaml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n').map((l) => l.split(': ')[0])).toEqual([
      'test/fixtures/broken-sweep.yaml:14:16', 'test/fixtures/broken-sweep.yaml:17:22',
      'test/fixtures/broken-sweep.yaml:18:12', 'test/fixtures/broken-sweep.yaml:21:18',
    ]);
  });

  it('usage mistakes exit 2 and say what was expected', async () => {
    const usage = async (...args: string[]) => await usageLine('sweep', UNCERTAIN, ...args);
    expect(await usage('--runs', 'many')).toBe('redline: --runs takes a whole number from 1 to 10000000; found "many"');
    expect(await usage('--shard', '4/3')).toBe('redline: --shard takes K/M, the K-th of M equal parts counted from 1 (e.g. --shard 3/8); found "4/3"');
    expect(await usage('--json', '--csv')).toBe('redline: choose --json or --csv, not both');
    expect(await usage('--resume')).toBe('redline: --resume carries on the rows of --out FILE; give the file');
    expect(await usage('--focus', 'final-aproval')).toMatch(/^redline: --focus takes a milestone id \(did you mean "final-approval"\?\)/);
    expect(await usage('--by', '2024-02-30')).toBe('redline: --by takes a calendar date as YYYY-MM-DD; found "2024-02-30"');
    expect((await cli('merge')).code).toBe(2);
  });
});

describe('a rows file that is a folder or a device', () => {
  it('is bad input, exit 2, named with why, for merge, chart --sweep and sweep --resume', async () => {
    const folder = dir();
    const said = [
      await cli('merge', folder),
      await cliAsync('chart', '--sweep', folder),
    ];
    for (const r of said) expect(r).toMatchObject({ code: 2, err: `${folder}: cannot read: is a folder, not a file` });
    // --out is written before it is read: the writer's words.
    expect(await cli('sweep', UNCERTAIN, '--runs', '4', '--out', folder, '--resume'))
      .toMatchObject({ code: 2, err: `${folder}: cannot write: it is a folder; give a file name; nothing was written; any file already at the path is unchanged` });
    expect(await cli('merge', '/dev/null')).toMatchObject({ code: 2, err: '/dev/null: cannot read: not a regular file (a pipe, device or socket)' });
  });
});
