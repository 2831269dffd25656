import pkg from '../../package.json' with { type: 'json' };
import { InputError } from '../scenario/errors.js';
import { UsageError, type CommandIO } from './io.js';

const HELP = `redline: how Washington moved from "no" to "yes" on Ukraine's cross-border strikes near Kharkiv, May 2024

Usage:
  redline run <scenario.yaml> [--json] [--log FILE [--force]]
                                          milestones of one run of a scenario; --log saves its event log
  redline diff <a.yaml> <b.yaml> [--json] milestones of two scenarios side by side, the days each
                                          moved, then the inputs that differ
  redline check <file|folder>... [--json] every expectation of every scenario, ✓ or ✗ with the
                                          actual date; exit 0 all hold, 1 one fails, 2 bad input
  redline explain <scenario.yaml> <milestone> [--against <scenario.yaml>] [--json]
                                          why a milestone came when it did, or where the path
                                          stopped; compared with the parent (or --against)
  redline replay <log> [--json]           the milestones of a saved run, from its log alone
  redline replay <log> --verify [--reference] [--json]
                                          run the model again and report the first event that differs (exit 1);
                                          --reference runs it through XState's own transition() instead of the engine
  redline state <log> (--at N | --on YYYY-MM-DD) [--json]
                                          the full state after event N or at the end of a day
  redline fork <log> --at N (--add event.yaml | --remove ID | --move ID=YYYY-MM-DD | --set PARAM=VALUE)...
               -o <scenario.yaml> [--force] [--json]
                                          a scenario that keeps events 1..N and changes what follows
  redline diagram [--machine <id>] [--svg] [-o <file>] [--force]
                                          the statechart of every machine (or one), drawn from the
                                          machine definitions: Mermaid text, or SVG with --svg or -o *.svg
  redline chart <scenario.yaml>... [-o <file.svg>] [--force]
                                          SVG timeline of the nine milestones of one or more scenarios
  redline chart --sweep <rows.json> [-o <file.svg>] [--force]
                                          SVG histograms of milestone dates from a sweep's rows
                                          (sweep --json or --out), p10/median/p90 marked
  redline report <scenario.yaml> [-o <file.html>] [--force]
                                          one self-contained HTML page: the what-if, its diff against
                                          the parent, each milestone explained, the chart, the sources
  redline tui <scenario.yaml | log.jsonl>
                                          step through a run, fork a what-if and save it (a terminal UI)
  redline sweep <scenario.yaml> [<other.yaml>] [--runs N] [--seed S] [--shard K/M] [--workers W]
        [--out FILE [--resume]] [--json | --csv] [--summary] [--by DATE] [--focus MILESTONE]
                                          many runs with the scenario's uncertainty drawn at random:
                                          how likely and when each milestone, what moves it most;
                                          two scenarios: the difference
  redline merge <part>... [--json | --csv] [--summary]
                                          the shards of one sweep (--shard K/M) read as the whole
  redline calibrate <scenario.yaml> [--draws N] [--seed S] [--out FILE [--force]] [--shard K/M] [--workers W] [--json]
                                          keep the draws from the priors (machines/priors.ts) that land
                                          all nine milestones in the record: an ensemble (JSON Lines)
  redline help                            this text
  redline --version

Exit codes: 0 ok, 1 an expectation or verification failed, 2 bad input or usage.
Milestones: formal-request, advisors-recommend, approved-in-principle, due-diligence-ordered,
  principals-agree, final-approval, classified-letter, first-public-hint, in-effect.`;

/** A command: its arguments and where it writes, to an exit code. */
export type Handler = (args: string[], io: CommandIO) => number | Promise<number>;

/**
 * Runs the command `argv` names from `commands`; returns the exit code, or a promise of it for a command that
 * renders (layout and SVG are asynchronous). Output goes through `io` so tests can read it.
 */
export function dispatch(argv: readonly string[], io: CommandIO, commands: Readonly<Record<string, Handler>>): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(pkg.version);
      return 0;
    }
    // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!handler) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(commands).join(', ')}, help`);
    const code = handler(rest, io);
    return typeof code === 'number' ? code : code.catch((err: unknown) => failure(err, io));
  } catch (err) {
    return failure(err, io);
  }
}

/** The exit code for what a command threw, after telling the user. */
function failure(err: unknown, io: CommandIO): number {
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

