import { describe, expect, it } from 'vitest';
import { watchPrototypes } from '../helpers/prototypes.mjs';
import { allCases, corpusFiles, manifestCases } from './corpus.js';
import type { HostileCase } from './hostile-case.js';
import { judge, prepare, runInProcess, runIsolated } from './run-case.js';

const cases = allCases();
const manifest = manifestCases();

describe('the corpus of hostile inputs', () => {
  it('has an entry for every file under test/fixtures/bad/, and a file for every entry', () => {
    const listed = manifest.flatMap((c) => (c.name.includes('/') && !c.name.startsWith('cli/') ? [c.name] : []));
    expect([...new Set(listed)].sort()).toEqual(corpusFiles());
  });

  it('holds at least 150 committed inputs, among them inputs that must load (CRLF, a BOM)', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(150);
    const loads = manifest.filter((c) => c.exit === 0).map((c) => c.name);
    expect(loads).toEqual(expect.arrayContaining(['scenario/ok-crlf.yaml', 'scenario/ok-bom.yaml', 'scenario/ok-bom-and-crlf.yaml']));
  });

  it('names each case once', () => {
    const names = cases.map((c) => `${c.name} ${c.args.join(' ')}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Each input through the CLI's `main` in this process; `npm run test:hostile` repeats them as bounded child processes. */
describe.each(cases.filter((c) => !c.skip && !c.heavy).map((c): [string, HostileCase] => [c.name, c]))('%s', (_, c) => {
  it(`${c.tries}: exit ${c.exit}${c.exit === 2 ? ', a clear located message, no stack trace' : ''}, no prototype polluted`, async () => {
    const prepared = prepare(c);
    const outcome = await runInProcess(prepared.args);
    const { verdict, failures } = judge(c, prepared, outcome);
    expect(failures).toEqual([]);
    expect(verdict).toBe('ok');
  });
});

describe('running an input in a bounded child process', () => {
  const bounded = (name: string) => cases.find((c) => c.name === name)!;

  it.for(['generated/scenario-named-pipe', 'generated/dev-zero', 'scenario/yaml-alias-bomb-billion-laughs.yaml', 'generated/log-torn-tail.jsonl'])(
    '%s: answered by the bundled CLI, with its time and peak memory measured', async (name, { skip }) => {
      const c = bounded(name);
      // Reported as skipped, not passed, where the platform lacks a pipe or a device.
      if (c.skip) skip(c.skip);
      const prepared = prepare(c);
      const outcome = await runIsolated(prepared.args);
      expect(judge(c, prepared, outcome)).toEqual({ verdict: 'ok', failures: [] });
      expect(outcome.rssMb).toBeGreaterThan(10);
      expect(outcome.ms).toBeGreaterThan(0);
    });

  it('calls a run that outlives its time a hang, and kills it', async () => {
    const c = bounded('scenario/dates-february-30.yaml');
    const prepared = prepare(c);
    const outcome = await runIsolated(prepared.args, { timeoutMs: 1, heapMb: 256 });
    expect(outcome.timedOut).toBe(true);
    expect(judge(c, prepared, outcome).verdict).toBe('hang');
  });

  it('calls an internal error, a stack trace or a polluted prototype a crash', () => {
    const c = bounded('scenario/dates-february-30.yaml');
    const prepared = prepare(c);
    const base = { code: 2, stdout: '', stderr: `${prepared.lead}x`, polluted: false };
    expect(judge(c, prepared, { ...base, code: 70, stderr: 'redline: internal error: x' }).verdict).toBe('crash');
    expect(judge(c, prepared, { ...base, stderr: `${base.stderr}\n    at load (src/scenario/load.ts:12:3)` }).verdict).toBe('crash');
    expect(judge(c, prepared, { ...base, polluted: true }).verdict).toBe('crash');
    expect(judge(c, prepared, { ...base, stderr: 'somewhere else: x' }).verdict).toBe('wrong');
  });

  it('sees a prototype property replaced, not only one added', () => {
    const changed = watchPrototypes();
    const { toString } = Object.prototype;
    try {
      Object.prototype.toString = () => 'polluted';
      expect(changed()).toEqual(['Object.prototype.toString']);
    } finally {
      Object.prototype.toString = toString;
    }
    expect(changed()).toEqual([]);
  });
});
