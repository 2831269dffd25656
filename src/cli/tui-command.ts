import type { Opened } from '../tui/model/session.js';
import { openLog } from '../tui/open-log.js';
import { openScenario } from '../tui/open-scenario.js';
import { fileKind, startOf } from '../scenario/file-kind.js';
import { STDIN } from '../scenario/read-text-file.js';
import { parseCommandArgs } from './parse-command-args.js';
import { TUI_OPTIONS } from './options.js';
import { runTable } from './run-report.js';
import { UsageError, type CommandIO } from './io.js';

/** What `tui` needs from the process: whether it has a terminal, and how to start the UI. */
export interface TuiHost {
  /** Which standard stream is not a terminal, if any. */
  notATerminal(): 'stdout' | 'stdin' | null;
  start(opened: Opened, options: { readonly noColor: boolean }): void;
}

/**
 * `redline tui <scenario.yaml | log.jsonl>`: the terminal UI. Without a terminal it says so
 * on stderr and prints what `run` prints, with exit 0.
 */
export function createTuiCommand(host: TuiHost): (args: string[], io: CommandIO) => number {
  return (args, io) => {
    const { positionals } = parseCommandArgs(args, TUI_OPTIONS);
    if (positionals.length !== 1) {
      throw new UsageError('tui takes one scenario file or recorded log, e.g. redline tui scenarios/baseline.yaml or redline tui runs/baseline.jsonl');
    }
    if (positionals[0] === STDIN) {
      throw new UsageError('tui reads its keys from standard input, so it cannot read the file there too; give the file\'s path (redline run - prints a run from standard input)');
    }
    const opened = open(positionals[0]!, io);
    const missing = host.notATerminal();
    if (missing) {
      io.err(`redline tui: ${missing} is not a terminal, so here is what "redline run --single" prints instead`);
      io.out(runTable(opened.run));
      return 0;
    }
    host.start(opened, { noColor: args.includes('--no-color') });
    return 0;
  };
}

/** A `.jsonl` file (or any that begins as a log does) is a recorded log, read as `replay` reads it (a torn last line skipped, with the reader's warning); anything else a scenario. */
function open(file: string, io: CommandIO): Opened {
  if (!file.endsWith('.jsonl') && fileKind(startOf(file)) !== 'log') return openScenario(file);
  const { opened, warnings } = openLog(file);
  for (const warning of warnings) io.err(warning);
  return opened;
}

/** The UI is imported only when it starts, so `run` never pays for loading Ink and React. */
export const tuiCommand = createTuiCommand({
  notATerminal: () => (!process.stdout.isTTY ? 'stdout' : !process.stdin.isTTY ? 'stdin' : null),
  start: (opened, { noColor }) => {
    void importTui()
      .then((m) => m.launchTui(opened, { noColor }))
      .then((code) => {
        process.exitCode = code;
      });
  },
});

/**
 * Yoga, Ink's layout engine, reads its inlined wasm through `fetch` when there
 * is one, and loading Node's fetch costs more than the wasm; without it, Yoga
 * decodes the bytes itself. So `fetch` is hidden while the UI's modules load.
 */
async function importTui(): Promise<typeof import('../tui/launch.js')> {
  const { fetch } = globalThis;
  (globalThis as { fetch?: unknown }).fetch = undefined;
  try {
    return await import('../tui/launch.js');
  } finally {
    globalThis.fetch = fetch;
  }
}
