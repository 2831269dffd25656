import { displayWidth, padEndTo } from '../util/display-width.js';
import { describeExpectation } from '../scenario/expectations.js';
import type { CheckReport } from '../scenario/check-scenarios.js';
import type { Problem } from '../scenario/errors.js';
import { count, percent } from '../sweep/report/format.js';

/** The `--json` shape of `check`. */
export interface CheckJson {
  readonly ok: boolean;
  readonly scenarios: readonly {
    readonly file: string;
    readonly scenario: string;
    readonly holds: boolean;
    readonly expectations: readonly {
      readonly expect: string; readonly holds: boolean; readonly actual: string | null; readonly line: number | null;
      /** A share expectation's count over the ensemble: the members in which it holds, their share, and the ensemble. */
      readonly share?: { readonly holding: number; readonly members: number; readonly share: number; readonly ensemble: string };
    }[];
  }[];
  readonly problems: readonly Problem[];
  readonly summary: { readonly scenarios: number; readonly expectations: number; readonly hold: number; readonly fail: number; readonly badFiles: number };
}

/** 0 when every expectation holds, 1 when one fails, 2 when a file could not be read or resolved. */
export function checkExitCode(r: CheckReport): number {
  if (r.problems.length > 0) return 2;
  return r.checked.every((s) => s.results.every((x) => x.holds)) ? 0 : 1;
}

export function checkJson(r: CheckReport): CheckJson {
  const all = r.checked.flatMap((s) => s.results);
  const hold = all.filter((x) => x.holds).length;
  return {
    ok: checkExitCode(r) === 0,
    scenarios: r.checked.map((s) => ({
      file: s.file, scenario: s.id, holds: s.results.every((x) => x.holds),
      expectations: s.results.map((x) => ({
        expect: describeExpectation(x.expectation), holds: x.holds, actual: x.actual, line: x.expectation.line ?? null,
        ...(x.share ? { share: { holding: x.share.holding, members: x.share.members, share: x.share.holding / x.share.members, ensemble: x.share.source } } : {}),
      })),
    })),
    problems: r.problems,
    summary: {
      scenarios: r.checked.length, expectations: all.length, hold, fail: all.length - hold,
      badFiles: new Set(r.problems.map((p) => p.file)).size,
    },
  };
}

const GREEN = '\x1b[32m';
const RED = '\x1b[31m';
const RESET = '\x1b[39m';

/** Each expectation ✓ or ✗ with the actual date, scenario by scenario, then a count; the marks green and red with `color`. */
export function checkText(r: CheckReport, color = false): string {
  const mark = (holds: boolean) => (!color ? (holds ? '✓' : '✗') : holds ? `${GREEN}✓${RESET}` : `${RED}✗${RESET}`);
  const out: string[] = [];
  for (const s of r.checked) {
    out.push(`${s.file}  ${s.id}: ${s.title}`);
    if (s.results.length === 0) out.push('  (no expectations)');
    const width = Math.max(0, ...s.results.map((x) => displayWidth(describeExpectation(x.expectation))));
    for (const x of s.results) {
      const where = x.holds || !x.expectation.line ? '' : `   ${s.file}:${x.expectation.line}`;
      const actual = x.share ? `${percent(x.share.holding / x.share.members)} of ${count(x.share.members)} members` : x.actual ?? 'never';
      out.push(`  ${mark(x.holds)} ${padEndTo(describeExpectation(x.expectation), width)}   ${actual}${where}`);
      if (!x.share && !x.holds && x.actual === null && !x.expectation.never) {
        out.push(`    a date condition holds only for a ${x.expectation.milestone ? 'milestone' : 'event'} that comes; add "orNever: true" to accept "never"`);
      }
    }
  }
  const j = checkJson(r).summary;
  const bad = j.badFiles ? `; ${j.badFiles} file${j.badFiles === 1 ? '' : 's'} with bad input (above, on stderr)` : '';
  out.push('', `${j.scenarios} scenario${j.scenarios === 1 ? '' : 's'}, ${j.expectations} expectation${j.expectations === 1 ? '' : 's'}: ${j.hold} hold, ${j.fail} fail${j.fail === 1 ? 's' : ''}${bad}.`);
  return out.join('\n');
}
