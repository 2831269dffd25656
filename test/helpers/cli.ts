import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';

/** Runs the CLI in-process: exit code, stdout and stderr. */
export function cli(...args: string[]): { code: number; out: string; err: string } {
  const io = bufferIO();
  const code = main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
