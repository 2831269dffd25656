import type { Handler } from './dispatch.js';

/**
 * The commands, each module imported when its command runs, so a command pays
 * only for its own code at start-up (`tui` for Ink and the screen, not for
 * sweeps or the explainer). The bin runs these; main.ts loads most of them up
 * front for in-process use. Import paths stay literal so the bundler splits them.
 */
export const LAZY_COMMANDS = {
  run: async (args, io) => (await import('./run-command.js')).runCommand(args, io),
  diagram: async (args, io) => (await import('./diagram-command.js')).diagramCommand(args, io),
  chart: async (args, io) => (await import('./chart-command.js')).chartCommand(args, io),
  report: async (args, io) => (await import('./report-command.js')).reportCommand(args, io),
  replay: async (args, io) => (await import('./replay-command.js')).replayCommand(args, io),
  state: async (args, io) => (await import('./state-command.js')).stateCommand(args, io),
  fork: async (args, io) => (await import('./fork-command.js')).forkCommand(args, io),
  tui: async (args, io) => (await import('./tui-command.js')).tuiCommand(args, io),
  explain: async (args, io) => (await import('./explain-command.js')).explainCommand(args, io),
  diff: async (args, io) => (await import('./diff-command.js')).diffCommand(args, io),
  check: async (args, io) => (await import('./check-command.js')).checkCommand(args, io),
  sweep: async (args, io) => (await import('./sweep-command.js')).sweepCommand(args, io),
  merge: async (args, io) => (await import('./merge-command.js')).mergeCommand(args, io),
  calibrate: async (args, io) => (await import('./calibrate-command.js')).calibrateCommand(args, io),
} satisfies Record<string, Handler>;
