import { describe, expect, it, vi } from 'vitest';

// As if a machine of the model used a feature the engine does not compile (a history state).
vi.mock('../../src/engine/graph/read-machine.js', async (original) => {
  const real = await original<typeof import('../../src/engine/graph/read-machine.js')>();
  return {
    ...real,
    readMachine: (m: { id: string }) => {
      throw new real.UnsupportedFeatureError(m.id, '#decision.path.h', 'a history state');
    },
  };
});

const REFUSAL = 'machines/decision.machine.ts: machine "decision", #decision.path.h: a history state is not supported by the engine; '
  + 'the engine runs states, transitions, guards, delays and the model\'s own actions: write #decision.path.h without a history state';

describe('a machine the engine cannot run', () => {
  it('does not break a module at import (the TUI loads)', async () => {
    await expect(import('../../src/tui/open-scenario.js')).resolves.toBeDefined();
    await expect(import('../../src/tui/model/session.js')).resolves.toBeDefined();
  });

  it('is refused at load by every command alike, lazily loaded (as the bin runs them) or not: exit 2, naming machine, state and feature', async () => {
    const { COMMANDS } = await import('../../src/cli/registry.js');
    const { dispatch } = await import('../../src/cli/dispatch.js');
    const { bufferIO } = await import('../../src/cli/io.js');
    const { cliAsync } = await import('../helpers/cli.js');
    const commands = COMMANDS.filter((c) => !c.withoutModel);
    expect(commands.length).toBe(COMMANDS.length - 1);
    for (const c of commands) {
      // Its first example, whose files need not exist: the model is read before any of them.
      const args = [c.name, ...c.examples[0]!.split(' ').slice(2)];
      const lazy = bufferIO();
      const answers = [await cliAsync(...args), { code: await dispatch(args, lazy), out: lazy.stdout(), err: lazy.stderr() }];
      for (const a of answers) expect({ command: c.name, ...a }).toEqual({ command: c.name, code: 2, out: '', err: REFUSAL });
    }
  });

  it('is refused under --json with the problem on stdout too; completion, help and --version still answer', async () => {
    const { cliAsync } = await import('../helpers/cli.js');
    const json = await cliAsync('run', 'scenarios/baseline.yaml', '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({ problems: [{ file: 'machines/decision.machine.ts', message: REFUSAL.replace('machines/decision.machine.ts: ', '') }] });
    expect((await cliAsync('completion', 'bash')).code).toBe(0);
    expect((await cliAsync('help', 'run')).code).toBe(0);
    expect((await cliAsync('--version')).code).toBe(0);
  });
});
