/** One hostile input and the answer redline owes it. */
export interface HostileCase {
  /** Where it comes from: a path under test/fixtures/bad/, or `generated/<name>`. */
  readonly name: string;
  /** What the input tries. */
  readonly tries: string;
  /** The command line, placeholders resolved by `prepare` in a fresh temp folder. */
  readonly args: readonly string[];
  /** Expected exit code: 2 for bad input, 1 for a failed verification, 0 for inputs that must load. */
  readonly exit: number;
  /** What standard error must say (a regular expression). */
  readonly error?: RegExp;
  /** What standard output must say, for inputs that load. */
  readonly output?: RegExp;
  /** How the first line of standard error must begin, e.g. `test/fixtures/bad/x.yaml:3:7: ` (placeholders allowed). */
  readonly lead?: string;
  /** Builds the input (big files, pipes, links) in the case's temp folder; returns the placeholders it fills. */
  readonly make?: (dir: string) => Readonly<Record<string, string>>;
  /** Runs only where the platform has what it needs (mkfifo, /dev/zero). */
  readonly skip?: string;
  /** Seconds, not milliseconds: left to `test:hostile`, out of `npm test`. */
  readonly heavy?: boolean;
}

/** Replaces `{name}` in each argument from `values`. */
export function fillArgs(args: readonly string[], values: Readonly<Record<string, string>>): string[] {
  return args.map((a) => a.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole));
}
