import { parseArgs } from 'node:util';
import { runCommand } from './run-command.js';
import { replayCommand } from './replay-command.js';
import { stateCommand } from './state-command.js';
import { forkCommand } from './fork-command.js';
import { tuiCommand } from './tui-command.js';
import { explainCommand } from './explain-command.js';
import { diffCommand } from './diff-command.js';
import { checkCommand } from './check-command.js';
import { sweepCommand } from './sweep-command.js';
import { mergeCommand } from './merge-command.js';
import { dispatch, type Handler } from './dispatch.js';
import type { CommandIO } from './io.js';

export { VERSION } from './dispatch.js';

export const COMMANDS: Record<string, Handler> = {
  run: runCommand,
  // Loaded on demand: the renderers (Graphviz, Vega) are most of the bundle and `run` needs neither.
  diagram: async (args, io) => (await import('./diagram-command.js')).diagramCommand(args, io),
  chart: async (args, io) => (await import('./chart-command.js')).chartCommand(args, io),
  report: async (args, io) => (await import('./report-command.js')).reportCommand(args, io),
  replay: replayCommand,
  state: stateCommand,
  fork: forkCommand,
  tui: tuiCommand,
  explain: explainCommand,
  diff: diffCommand,
  check: checkCommand,
  sweep: sweepCommand,
  merge: mergeCommand,
};

/**
 * Runs the CLI in this process with every command loaded (as tests do); returns the exit code,
 * or a promise of it for a command that renders. The bin loads only the command it runs (`lazy-commands.ts`).
 */
export function main(argv: readonly string[], io: CommandIO): number | Promise<number> {
  return dispatch(argv, io, COMMANDS);
}

export { parseArgs };
