/** Where a command writes. The bin passes the process's streams; tests pass buffers. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  readonly debug?: boolean;
  /** Whether stdout takes colour (a terminal, FORCE_COLOR; never NO_COLOR or --no-color); off when absent. */
  readonly color?: boolean;
}

/** Wrong words on the command line: exit 2 with usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function bufferIO(): CommandIO & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
