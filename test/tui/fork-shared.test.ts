import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLog, parseLog, planFork } from '../../src/log/index.js';
import { forkSession } from '../../src/tui/model/session.js';
import type { Change } from '../../src/scenario/changes.js';
import { baselineRun, cli, tempDir } from '../helpers/logs.js';
import { baselineSession, seqOfInput } from './helpers.js';

const session = baselineSession();
/** A log of the baseline on disk, for `redline fork`. */
function logFile(): string {
  const file = join(tempDir(), 'baseline.jsonl');
  writeFileSync(file, formatLog(baselineRun()));
  return file;
}
/** The TUI forks at step s, keeping steps 1..s-1; `redline fork --at s-1` keeps the same events. */
const tuiFork = (change: Change, seq: number) => forkSession(session, change, { seq, date: session.run.events[seq - 1]!.date });

describe('the TUI fork and redline fork plan a change the same way (planFork)', () => {
  it('both refuse a starting value changed at 2024-05-24, saying it changes the run before the fork point', async () => {
    const seq = session.index.timeline.seqOn('2024-05-24');
    expect(seq).toBeGreaterThan(1);
    const set: Change = { set: { parameter: 'initialRussianPressure', value: 0.9 } };
    expect(() => tuiFork(set, seq)).toThrow(/changes the run before the fork point|starting ledger would differ/);
    const file = logFile();
    const out = join(tempDir(), 'x.yaml');
    const cliRun = await cli('fork', file, '--at', String(seq - 1), '--set', 'initialRussianPressure=0.9', '-o', out);
    expect(cliRun.code).toBe(2);
    expect(cliRun.err).toMatch(/changes the run before the fork point|starting ledger would differ/);
    expect(existsSync(out)).toBe(false);
  });

  it('both refuse removing an input the fork keeps, and accept the same removal from before it with the same run', () => {
    const seq = seqOfInput(session, 'blinken-briefs-biden');
    const remove: Change = { remove: 'cameron-kyiv-remarks' };
    expect(() => tuiFork(remove, seq)).toThrow(/"cameron-kyiv-remarks" is event \d+, at or before the fork point/);
    const log = parseLog(formatLog(baselineRun()), 'runs/baseline.jsonl');
    expect(() => planFork(log, seq - 1, [remove])).toThrow(/"cameron-kyiv-remarks" is event \d+, at or before the fork point/);
    const own = { remove: 'blinken-briefs-biden' };
    expect(tuiFork(own, seq).run.events).toEqual(planFork(log, seq - 1, [own]).run.events);
  });
});
