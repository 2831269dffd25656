import { describe, expect, it } from 'vitest';
import { LAZY_COMMANDS } from '../../src/cli/lazy-commands.js';
import { COMMANDS } from '../../src/cli/main.js';
import { dispatch } from '../../src/cli/dispatch.js';
import { bufferIO } from '../../src/cli/io.js';

describe('the commands as the bin loads them', () => {
  it('are the same commands, in the same order, as the in-process CLI', () => {
    expect(Object.keys(LAZY_COMMANDS)).toEqual(Object.keys(COMMANDS));
  });

  it('in-process, answer at once (not with a promise) but for the renderers, so tests can run them synchronously', async () => {
    const answers = Object.keys(COMMANDS).map((name) => [name, dispatch([name, '--no-such-flag'], bufferIO(), COMMANDS)] as const);
    expect(answers.filter(([, code]) => typeof code !== 'number').map(([name]) => name)).toEqual(['diagram', 'chart', 'report']);
    expect(await Promise.all(answers.map(([, code]) => code))).toEqual(answers.map(() => 2));
  });

  it('each loads its own module and answers as the in-process one does', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const lazy = bufferIO();
      const eager = bufferIO();
      // A flag no command has: each answers with its own usage error, exit 2, without touching files.
      const [a, b] = await Promise.all([dispatch([name, '--no-such-flag'], lazy, LAZY_COMMANDS), dispatch([name, '--no-such-flag'], eager, COMMANDS)]);
      expect({ name, code: a, err: lazy.stderr() }).toEqual({ name, code: b, err: eager.stderr() });
      expect(a, name).toBe(2);
    }
  });

  it('name the same commands when one is unknown', async () => {
    const io = bufferIO();
    expect(await dispatch(['rn'], io, LAZY_COMMANDS)).toBe(2);
    expect(io.stderr()).toContain('unknown command "rn"; commands: run, diagram, chart, report, replay, state, fork, tui, explain, diff, check, sweep, merge, help');
  });
});
