import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNewFile } from '../../src/tui/write-scenario.js';
import { cliAsync } from '../helpers/cli.js';
import { binUnder, fullDisk, readOnlyFolder, type Fault } from '../helpers/faults.js';
import { tempDir } from '../helpers/logs.js';

/*
 * Every writer meets the faults of the world for real (no mocks) and answers alike: exit 2,
 * "<path>: cannot write: <what happened>; <what was kept>; <how to carry on>", nothing on stdout,
 * no temp file left behind.
 */
const work = tempDir();
const log = join(work, 'baseline.jsonl');
const UNCERTAIN = 'scenarios/baseline-uncertain.yaml';

/** Each writer, given the path to write; the name its output needs (a fork's is its id). */
const WRITERS = [
  ['run --log', 'run.jsonl', (out: string) => ['run', 'scenarios/baseline.yaml', '--log', out]],
  ['fork -o', 'my-fork.yaml', (out: string) => ['fork', log, '--at', '33', '--remove', 'blinken-briefs-biden', '-o', out]],
  ['sweep --out', 'rows.jsonl', (out: string) => ['sweep', UNCERTAIN, '--runs', '20', '--workers', '0', '--out', out]],
  ['sweep --tally', 'part.json', (out: string) => ['sweep', UNCERTAIN, '--runs', '20', '--workers', '0', '--tally', out]],
  ['diagram -o', 'allies.md', (out: string) => ['diagram', '--machine', 'allies', '-o', out]],
  ['chart -o', 'chart.svg', (out: string) => ['chart', 'scenarios/baseline.yaml', '-o', out]],
  ['report -o', 'report.html', (out: string) => ['report', 'scenarios/congress-early.yaml', '-o', out]],
  ['calibrate --out', 'ensemble.jsonl', (out: string) => ['calibrate', 'scenarios/baseline.yaml', '--draws', '50', '--workers', '0', '--out', out]],
] as const;

beforeAll(() => {
  expect(binUnder(undefined, ['run', 'scenarios/baseline.yaml', '--log', log]).code).toBe(0);
});

/** Runs a command in-process, or through the bin when the fault is a limit set by the shell. */
const redline = async (fault: Fault | undefined, args: readonly string[]) => (fault?.shell ? binUnder(fault, args) : cliAsync(...args));

/** Asserts the shared answer to a fault, and that nothing at all was left in `dir` but `keep`. */
function refused(r: { code: number | null; out: string; err: string }, out: string, says: RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe('');
  const line = r.err.split('\n').find((l) => l.startsWith(`${out}: `));
  expect(line, r.err).toMatch(says);
}

function leftIn(dir: string): string[] {
  return readdirSync(dir).filter((n) => n !== 'filler');
}

describe.each([
  ['a full disk', (p: string) => fullDisk(p)],
  ['a read-only folder', readOnlyFolder],
] as const)('%s', (_, make) => {
  let fault: Fault;
  beforeAll(() => {
    fault = make(join(work, _.replace(/ /g, '-')));
  });
  afterAll(() => fault.done());

  it.each(WRITERS)('%s: exit 2, what happened, nothing left', async (_w, name, args) => {
    const out = join(fault.dir, name);
    refused(await redline(fault, args(out)), out, fault.says);
    if (fault.dir !== '/sys') expect(leftIn(fault.dir)).toEqual([]);
  }, 60_000);

  it('the TUI\'s w: the fork is still open, press w again', () => {
    // The TUI writes in its own process; a file-size limit cannot be set on it, so it meets the mounted fault only.
    if (fault.shell) {
      expect(fault.how).toMatch(/^ulimit/);
      return;
    }
    const out = join(fault.dir, 'baseline-fork-1.yaml');
    expect(() => writeNewFile(out, 'id: baseline-fork-1\n')).toThrow(new RegExp(`^${out}: ${fault.says.source}.*the fork is still open here; press w to try again`));
  });
});

describe('a path no write can use is refused before any run, even with --force', () => {
  const fileInWay = join(work, 'a-file');
  const folder = join(work, 'a-folder');
  beforeAll(() => {
    writeFileSync(fileInWay, 'not a folder');
    mkdirSync(folder, { recursive: true });
  });

  it.each(WRITERS)('%s', async (_w, name, args) => {
    const cases: [string, RegExp][] = [
      [folder, /cannot write: it is a folder; give a file name; nothing was written/],
      ['/dev/full', /cannot write: it is a device, not a file; give a file name; nothing was written/],
      [join(fileInWay, name), new RegExp(`cannot write: ${fileInWay} is a file, not a folder; nothing was written`)],
    ];
    for (const [out, says] of cases) {
      // A sweep's files take no --force: --out carries rows on with --resume, a tally is made again.
      for (const force of name === 'rows.jsonl' || name === 'part.json' ? [[]] : [[], ['--force']]) refused(await redline(undefined, [...args(out), ...force]), out, says);
    }
    expect(readFileSync(fileInWay, 'utf8')).toBe('not a folder');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  }, 60_000);

  it.each(WRITERS)('%s into a missing folder: a log and a fork make it, the others say so', async (_w, name, args) => {
    const out = join(work, `missing-${name}`, 'deeper', name);
    const r = await redline(undefined, args(out));
    if (name === 'run.jsonl' || name === 'my-fork.yaml') {
      expect(r.code, r.err).toBe(0);
      expect(statSync(out).isFile()).toBe(true);
    } else {
      refused(r, out, /cannot write: there is no folder .*deeper; nothing was written; any file already at the path is unchanged; create the folder first/);
    }
  }, 60_000);
});

describe('sweep --out on a disk that fills up partway', () => {
  let fault: Fault;
  beforeAll(() => {
    fault = fullDisk(join(work, 'partway'), 24 * 1024);
  });
  afterAll(() => fault.done());

  it('keeps the rows written, says to --resume, and the resumed file equals an uninterrupted one byte for byte', () => {
    const args = (out: string) => ['sweep', UNCERTAIN, '--runs', '400', '--workers', '0', '--out', out];
    const out = join(fault.dir, 'rows.jsonl');
    const r = binUnder(fault, args(out));
    refused(r, out, new RegExp(`${fault.says.source}the rows written before are kept \\(a row cut off is dropped on resume\\); carry on with the same command and --resume`));
    const kept = readFileSync(out, 'utf8');
    expect(kept.split('\n').length).toBeGreaterThan(2);
    fault.room();
    expect(binUnder(fault, [...args(out), '--resume']).code).toBe(0);
    const whole = join(work, 'whole.jsonl');
    expect(binUnder(undefined, args(whole)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  }, 120_000);
});
