import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { createTuiCommand } from '../../src/cli/tui-command.js';
import type { Opened } from '../../src/tui/model/session.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine/index.js';
import { formatLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { forkFileText, forkPath } from '../../src/tui/model/fork-file.js';
import { forkSession, openSession } from '../../src/tui/model/session.js';
import { FILE_IO } from '../../src/tui/open-scenario.js';
import { baselineRun, tempDir } from '../helpers/logs.js';
import { BASELINE } from '../helpers/scenario.js';

/** A folder with a copy of the baseline under scenarios/ and a log of it under runs/. */
function recorded(text = formatLog(baselineRun())) {
  const dir = tempDir();
  mkdirSync(join(dir, 'scenarios'));
  mkdirSync(join(dir, 'runs'));
  writeFileSync(join(dir, 'scenarios', 'baseline.yaml'), readFileSync(BASELINE, 'utf8'));
  const log = join(dir, 'runs', 'baseline.jsonl');
  writeFileSync(log, text);
  return { dir, log };
}

describe('redline tui', () => {
  it('without a terminal says so on stderr and prints what run prints, exit 0', async () => {
    const io = bufferIO();
    expect(await main(['tui', BASELINE], io)).toBe(0);
    expect(io.stderr()).toMatch(/^redline tui: stdout is not a terminal, so here is what "redline run --single" prints instead$/);
    const run = bufferIO();
    await main(['run', BASELINE, '--single'], run);
    expect(io.stdout()).toBe(run.stdout());
  });

  it('the bundled CLI does the same when piped', () => {
    const out = execFileSync(process.execPath, ['bin/redline.js', 'tui', BASELINE], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(out).toMatch(/^in-effect\s+2024-05-30/m);
  });

  it('with a terminal starts the UI on the run of the scenario', () => {
    const started: Opened[] = [];
    const tui = createTuiCommand({ notATerminal: () => null, start: (o) => started.push(o) });
    const io = bufferIO();
    expect(tui([BASELINE], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ file: BASELINE, id: 'baseline' });
    expect(started[0]!.run.events.length).toBeGreaterThan(35);
  });

  it('a broken scenario exits 2 with file:line before any UI starts; usage errors exit 2', async () => {
    const io = bufferIO();
    expect(await main(['tui', 'test/fixtures/broken.yaml'], io)).toBe(2);
    expect(io.stderr()).toContain('test/fixtures/broken.yaml:6:11:');
    const none = bufferIO();
    expect(await main(['tui'], none)).toBe(2);
    expect(none.stderr()).toMatch(/tui takes one scenario file or recorded log/);
  });

  describe('on a recorded log', () => {
    const started: Opened[] = [];
    const tui = createTuiCommand({ notATerminal: () => null, start: (o) => started.push(o) });

    it('starts the UI on the recorded run, read from the log without its scenario', () => {
      const { log } = recorded();
      const io = bufferIO();
      expect(tui([log], io)).toBe(0);
      expect(io.stderr()).toBe('');
      expect(started.at(-1)).toMatchObject({ file: log, id: 'baseline', title: baselineRun().inputs.scenario.title, recorded: true });
      expect(started.at(-1)!.run.events).toEqual(baselineRun().events);
    });

    it('without a terminal prints what replay prints', async () => {
      const { log } = recorded();
      const io = bufferIO();
      expect(await main(['tui', log], io)).toBe(0);
      const replay = bufferIO();
      await main(['replay', log], replay);
      expect(io.stdout()).toBe(replay.stdout());
    });

    it('a torn last line is skipped with the reader\'s warning, as replay does; a corrupt line exits 2 naming it', async () => {
      const text = formatLog(baselineRun());
      const torn = recorded(text.slice(0, -20));
      const io = bufferIO();
      expect(tui([torn.log], io)).toBe(0);
      const n = baselineRun().events.length;
      expect(io.stderr()).toMatch(new RegExp(`^${torn.log}:${n + 1}: the last line is incomplete \\(the write was cut off\\); skipped it and kept the header and events 1–${n - 1}`));
      expect(started.at(-1)!.run.events).toEqual(baselineRun().events.slice(0, -1));

      const lines = text.split('\n');
      lines[29] = lines[29]!.slice(0, 40);
      const corrupt = recorded(lines.join('\n'));
      const bad = bufferIO();
      const before = started.length;
      expect(await main(['tui', corrupt.log], bad)).toBe(2);
      expect(bad.stderr()).toMatch(new RegExp(`^${corrupt.log}:30: an event line is not valid JSON .*; the log is damaged here, after the header and events 1–28`));
      expect(bad.stderr()).not.toMatch(/\n\s+at /);
      expect(started.length).toBe(before);
    });

    it('w writes a fork that extends the scenario file by a relative path, and that file reproduces the fork', () => {
      const { dir } = recorded();
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        tui(['runs/baseline.jsonl'], bufferIO());
        const session = forkSession(openSession(started.at(-1)!), { remove: 'blinken-briefs-biden' }, { seq: 33, date: '2024-05-15' });
        const path = forkPath(session, existsSync);
        expect(path).toBe(join('forks', 'baseline-fork-1.yaml'));
        FILE_IO.writeNew(path, forkFileText(session, path, FILE_IO.extendsRef!(session.origin, path)));
        expect(readFileSync(path, 'utf8')).toMatch(/^extends: \.\.\/scenarios\/baseline\.yaml$/m);
        expect(simulate(loadScenario(path).inputs).events).toEqual(session.run.events);
      } finally {
        process.chdir(cwd);
      }
      expect(existsSync(join(dir, 'forks', 'baseline-fork-1.yaml'))).toBe(true);
    });
  });
});
