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

describe('a machine the engine cannot run', () => {
  it('does not break a module at import (the TUI loads), and every command refuses it the same way', async () => {
    await expect(import('../../src/tui/open-scenario.js')).resolves.toBeDefined();
    await expect(import('../../src/tui/model/session.js')).resolves.toBeDefined();
    const { cliAsync } = await import('../helpers/cli.js');
    const answers = await Promise.all([
      cliAsync('run', 'scenarios/baseline.yaml', '--json'),
      cliAsync('check', 'scenarios/baseline.yaml'),
      cliAsync('explain', 'scenarios/no-blinken-trip.yaml', 'in-effect'),
      cliAsync('diff', 'scenarios/baseline.yaml', 'scenarios/no-blinken-trip.yaml'),
    ]);
    for (const a of answers) {
      expect(a.code).toBe(70);
      expect(a.err).toBe('redline: internal error: machine "decision", #decision.path.h: a history state is not supported by the engine\n(run with --debug for the stack trace)');
    }
  });
});
