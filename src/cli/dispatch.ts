import pkg from '../../package.json' with { type: 'json' };
import { InputError } from '../scenario/errors.js';
import { checkOptions } from './check-options.js';
import { commandHelp, globalHelp } from './help.js';
import { UsageError, type CommandIO } from './io.js';
import { COMMANDS, type CommandSpec } from './registry.js';

/**
 * Runs the command `argv` names from the registry: its options are checked against the command's
 * table before its module loads. Resolves to the exit code. Output goes through `io` so tests can read it.
 */
export async function dispatch(argv: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      const topic = command === 'help' ? rest.find((a) => a !== '--debug') : undefined;
      if (topic === undefined) {
        io.out(globalHelp());
        return command ? 0 : 2;
      }
      io.out(await commandHelp(known(topic)));
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(pkg.version);
      return 0;
    }
    const spec = known(command);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(await commandHelp(spec));
      return 0;
    }
    const args = checkOptions(spec, rest);
    // The model is read before the command loads: a machine the engine cannot run is refused here, by all alike.
    if (!spec.withoutModel) (await import('./model-check.js')).checkModel();
    return await spec.run(args, io);
  } catch (err) {
    return failure(err, io, rest.includes('--json'));
  }
}

/** Own names only: "constructor" or "__proto__" must not reach Object.prototype. */
function known(name: string): CommandSpec {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}, help`);
  return spec;
}

/**
 * The exit code for what a command threw, after telling the user. Under --json a usage or input
 * error is also on stdout as `{ "problems": [{ file, line, column, message }] }`, so a script that
 * reads the JSON learns what was wrong (the words stay on stderr).
 */
function failure(err: unknown, io: CommandIO, json = false): number {
  if (err instanceof UsageError) {
    io.err(`redline: ${err.message}\nRun "redline help" for usage.`);
    if (json) io.out(problemsJson([{ message: err.message }]));
    return 2;
  }
  if (err instanceof InputError) {
    io.err(err.message);
    if (json) io.out(problemsJson(err.problems.map((p) => ({ file: p.file, line: p.line, column: p.col, message: p.message }))));
    return 2;
  }
  if (io.debug) throw err;
  io.err(`redline: internal error: ${(err as Error).message}\n(run with --debug for the stack trace)`);
  return 70;
}

/** Problems as JSON: a field the problem does not have (a usage error's file) is left out. */
const problemsJson = (problems: readonly Record<string, string | number | undefined>[]): string =>
  JSON.stringify({ problems: problems.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))) }, null, 2);
