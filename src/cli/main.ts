import { dispatch } from './dispatch.js';
import type { CommandIO } from './io.js';

/** Runs the CLI in this process (as tests do), through the registry's lazy handlers as the bin does. */
export function main(argv: readonly string[], io: CommandIO): Promise<number> {
  return dispatch(argv, io);
}
