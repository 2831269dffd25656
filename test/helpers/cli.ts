import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';

/** Runs a command of the CLI that answers at once, in-process: exit code, stdout and stderr. */
export function cli(...args: string[]): { code: number; out: string; err: string } {
  const io = bufferIO();
  const code = main(args, io);
  if (typeof code !== 'number') throw new Error(`redline ${args[0]} is asynchronous: use cliAsync`);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** Runs any command of the CLI in-process, the drawing ones too, once it has finished. */
export async function cliAsync(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIO();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/**
 * Runs a command that must refuse its arguments as a usage mistake: exit 2, nothing on stdout (under
 * --json, the mistake as `{ problems: [{ message }] }`); gives the message's first line.
 */
export function usageLine(...args: string[]): string {
  const r = cli(...args);
  expect(r.code, r.err).toBe(2);
  const line = r.err.split('\n')[0]!;
  if (args.includes('--json')) expect(JSON.parse(r.out)).toEqual({ problems: [{ message: line.replace(/^redline: /, '') }] });
  else expect(r.out).toBe('');
  return line;
}
