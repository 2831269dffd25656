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
import { calibrateCommand } from './calibrate-command.js';
import { dispatch, type Handler } from './dispatch.js';
import type { CommandIO } from './io.js';
import { LAZY_COMMANDS } from './lazy-commands.js';

/** Commands loaded up front, so they answer in-process with a number rather than a promise of one. */
const LOADED: Partial<Record<keyof typeof LAZY_COMMANDS, Handler>> = {
  run: runCommand,
  replay: replayCommand,
  state: stateCommand,
  fork: forkCommand,
  tui: tuiCommand,
  explain: explainCommand,
  diff: diffCommand,
  check: checkCommand,
  sweep: sweepCommand,
  merge: mergeCommand,
  calibrate: calibrateCommand,
};

/** Every command, in the bin's order; diagram, chart and report still load on demand: the renderers (Graphviz, Vega) are most of the bundle. */
export const COMMANDS: Record<string, Handler> = { ...LAZY_COMMANDS, ...LOADED };

/**
 * Runs the CLI in this process (as tests do); returns the exit code, or a promise of it for a
 * command that renders. The bin loads only the command it runs (`lazy-commands.ts`).
 */
export function main(argv: readonly string[], io: CommandIO): number | Promise<number> {
  return dispatch(argv, io, COMMANDS);
}
