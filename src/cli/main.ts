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
import { completionCommand } from './completion-command.js';
import { modelCommand } from './model-command.js';
import { dispatch, type LoadedHandler } from './dispatch.js';
import { checkModel } from './model-check.js';
import type { CommandIO } from './io.js';

/**
 * Commands loaded up front, so in-process callers (tests) get a number rather than a promise of one.
 * Names, options and help still come from the registry; diagram, chart and report load there on demand.
 */
export const LOADED: Record<string, LoadedHandler> = {
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
  completion: completionCommand,
  model: modelCommand,
};

/** Runs the CLI in this process (as tests do). The bin runs the registry's lazy handlers alone. */
export function main(argv: readonly string[], io: CommandIO): number | Promise<number> {
  return dispatch(argv, io, LOADED, checkModel);
}
