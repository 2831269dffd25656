import type { CommandIO } from './io.js';
import { writeFileSafely } from '../log/write-file-safely.js';

/**
 * A picture or page to `-o FILE` (whole, never over a file without --force), then a line
 * saying what was written; without `-o`, to standard output. Returns the exit code.
 *
 * @example printOrWrite(io, svg, values, 'milestones of baseline') // "wrote out.svg: milestones of baseline"
 */
export function printOrWrite(io: CommandIO, text: string, values: { output?: string; force?: boolean }, what: string): number {
  if (values.output === undefined) {
    io.out(text.trimEnd());
    return 0;
  }
  writeFileSafely(values.output, text, { force: values.force === true });
  io.out(`wrote ${values.output}: ${what}`);
  return 0;
}
