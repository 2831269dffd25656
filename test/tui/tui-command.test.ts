import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { createTuiCommand } from '../../src/cli/tui-command.js';
import type { Opened } from '../../src/tui/model/session.js';
import { BASELINE } from '../helpers/scenario.js';

describe('redline tui', () => {
  it('without a terminal says so on stderr and prints what run prints, exit 0', () => {
    const io = bufferIO();
    expect(main(['tui', BASELINE], io)).toBe(0);
    expect(io.stderr()).toMatch(/^redline tui: stdout is not a terminal, so here is what "redline run" prints instead$/);
    const run = bufferIO();
    main(['run', BASELINE], run);
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

  it('a broken scenario exits 2 with file:line before any UI starts; usage errors exit 2', () => {
    const io = bufferIO();
    expect(main(['tui', 'test/fixtures/broken.yaml'], io)).toBe(2);
    expect(io.stderr()).toContain('test/fixtures/broken.yaml:6:11:');
    const none = bufferIO();
    expect(main(['tui'], none)).toBe(2);
    expect(none.stderr()).toMatch(/tui takes one scenario file/);
  });
});
