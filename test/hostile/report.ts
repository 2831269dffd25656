import { availableParallelism } from 'node:os';
import { coverage, coverageTable } from '../model/coverage.js';
import { allCases } from './corpus.js';
import type { HostileCase } from './hostile-case.js';
import { BOUNDS, judge, prepare, runIsolated, type Outcome, type Verdict } from './run-case.js';

interface Result {
  readonly c: HostileCase;
  readonly o: Outcome;
  readonly verdict: Verdict;
  readonly failures: readonly string[];
}

/**
 * `npm run test:hostile`: every hostile input through the bundled CLI, each in its own
 * process with a heap limit and a timeout; prints what happened and exits 1 on any
 * crash, hang or wrong answer; then the state and transition coverage of the tests.
 * `--show` prints each input's output; names on the command line pick inputs.
 */
export default async function report(argv: readonly string[]): Promise<number> {
  const show = argv.includes('--show');
  const only = argv.filter((a) => !a.startsWith('--'));
  const cases = allCases().filter((c) => only.length === 0 || only.some((o) => c.name.includes(o)));
  const runnable = cases.filter((c) => !c.skip);
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  console.log(`redline test:hostile · node ${process.version} · ${process.platform}/${process.arch} · ${workers} at a time · `
    + `heap limit ${BOUNDS.heapMb} MB · timeout ${BOUNDS.timeoutMs / 1000} s per input`);

  const results: Result[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < runnable.length; i = next++) {
      const c = runnable[i]!;
      const prepared = prepare(c);
      const o = await runIsolated(prepared.args);
      const { verdict, failures } = judge(c, prepared, o);
      results.push({ c, o, verdict, failures });
      if (show) console.log(`\n## ${c.name} (exit ${o.code})\n${o.stderr.slice(0, 600)}${o.stdout.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));

  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const ok = results.filter((r) => r.verdict === 'ok');
  const fromManifest = runnable.filter((c) => !c.name.startsWith('generated/'));
  const commandLines = fromManifest.filter((c) => c.name.startsWith('cli/')).length;
  const slowest = maxBy(results, (r) => r.o.ms ?? 0);
  const heaviest = maxBy(results, (r) => r.o.rssMb ?? 0);
  const rows: [string, string][] = [
    ['inputs tried', `${results.length}  (${fromManifest.length - commandLines} with files under test/fixtures/bad/, ${commandLines} command lines, `
      + `${results.length - fromManifest.length} built at run time${cases.length > runnable.length ? `; ${cases.length - runnable.length} skipped here` : ''})`],
    ['clear errors', `${ok.filter((r) => r.c.exit === 2).length}  (exit 2, the expected message, led by file:line where there is one; no stack trace)`],
    ['loaded as they must', `${ok.filter((r) => r.c.exit === 0).length}  (CRLF, a BOM, Unicode text, a torn log tail, 10,000 events, …)`],
    ['failed verification', `${ok.filter((r) => r.c.exit === 1).length}  (exit 1, as expected)`],
    ['crashes', String(count('crash'))],
    ['hangs', String(count('hang'))],
    ['wrong answers', String(count('wrong'))],
    ['max time', slowest ? `${(slowest.o.ms! / 1000).toFixed(2)} s  (${slowest.c.name}; node's start included)` : '-'],
    ['max memory', heaviest ? `${heaviest.o.rssMb!.toFixed(0)} MB peak RSS  (${heaviest.c.name})` : '-'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
  const slow = [...results].sort((a, b) => (b.o.ms ?? 0) - (a.o.ms ?? 0)).slice(0, 5);
  console.log(`\nslowest inputs:\n${slow.map((r) => `  ${((r.o.ms ?? 0) / 1000).toFixed(2).padStart(6)} s  ${(r.o.rssMb ?? 0).toFixed(0).padStart(4)} MB  ${r.c.name}`).join('\n')}`);
  for (const c of cases.filter((x) => x.skip)) console.log(`skipped: ${c.name} (${c.skip})`);

  const bad = results.filter((r) => r.verdict !== 'ok').sort((a, b) => a.c.name.localeCompare(b.c.name));
  for (const r of bad) console.log(`\n${r.verdict.toUpperCase()}: ${r.c.name} (${r.c.tries})\n  ${r.failures.join('\n  ')}`);
  if (only.length === 0) console.log(`\n${coverageTable(coverage())}`);
  return bad.length === 0 ? 0 : 1;
}

function maxBy<T>(xs: readonly T[], key: (x: T) => number): T | undefined {
  return xs.reduce<T | undefined>((best, x) => (best === undefined || key(x) > key(best) ? x : best), undefined);
}
