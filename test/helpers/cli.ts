import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';

/** Runs a command of the CLI in-process, as the bin runs it (the registry's lazy handlers), once it has finished. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIO();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** The same as `cli`: the name tests used while some commands answered at once. */
export const cliAsync = cli;

/**
 * Runs a command that must refuse its arguments as a usage mistake: exit 2, nothing on stdout (under
 * --json, the mistake as `{ problems: [{ message }] }`); gives the message's first line.
 */
export async function usageLine(...args: string[]): Promise<string> {
  const r = await cli(...args);
  expect(r.code, r.err).toBe(2);
  const line = r.err.split('\n')[0]!;
  if (args.includes('--json')) expect(JSON.parse(r.out)).toEqual({ problems: [{ message: line.replace(/^redline: /, '') }] });
  else expect(r.out).toBe('');
  return line;
}
