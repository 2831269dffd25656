import { parseArgs } from 'node:util';
import { InputError } from '../scenario/errors.js';
import { runCommand } from './run-command.js';
import { sweepCommand } from './sweep-command.js';
import { mergeCommand } from './merge-command.js';
import { UsageError, type CommandIO } from './io.js';

export const VERSION = '0.1.0';

const HELP = `redline: how Washington moved from "no" to "yes" on Ukraine's cross-border strikes near Kharkiv, May 2024

Usage:
  redline run <scenario.yaml> [--json]    milestones of one run of a scenario
  redline sweep <scenario.yaml> [<other.yaml>] [--runs N] [--seed S] [--shard K/M] [--workers W]
        [--out FILE [--resume]] [--json | --csv] [--summary] [--by DATE] [--focus MILESTONE]
                                          many runs with the scenario's uncertainty drawn at random:
                                          how likely and when each milestone, what moves it most;
                                          two scenarios: the difference
  redline merge <part>... [--json | --csv] [--summary]
                                          the shards of one sweep (--shard K/M) read as the whole
  redline help                            this text
  redline --version

Exit codes: 0 ok, 1 an expectation or verification failed, 2 bad input or usage.
Milestones: formal-request, advisors-recommend, approved-in-principle, due-diligence-ordered,
  principals-agree, final-approval, classified-letter, first-public-hint, in-effect.`;

const COMMANDS: Record<string, (args: string[], io: CommandIO) => number> = {
  run: runCommand,
  sweep: sweepCommand,
  merge: mergeCommand,
};

/** Runs the CLI; returns the exit code. Output goes through `io` so tests can read it. */
export function main(argv: readonly string[], io: CommandIO): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}, help`);
    return handler(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`redline: ${err.message}\nRun "redline help" for usage.`);
      return 2;
    }
    if (err instanceof InputError) {
      io.err(err.message);
      return 2;
    }
    if (io.debug) throw err;
    io.err(`redline: internal error: ${(err as Error).message}\n(run with --debug for the stack trace)`);
    return 70;
  }
}

export { parseArgs };
