import type { CommandIO } from './io.js';
import { refuseInputAsOutput, type CommandInput } from '../log/same-file.js';
import { writeFileSafely } from '../log/write-file-safely.js';

/**
 * A picture or page to `-o FILE` (whole, never over a file without --force), then a line
 * saying what was written; without `-o`, to standard output. Never over one of the command's
 * `inputs`, even with --force. Returns the exit code.
 *
 * @example printOrWrite(io, svg, values, 'milestones of baseline') // "wrote out.svg: milestones of baseline"
 */
export function printOrWrite(
  io: CommandIO, text: string, values: { output?: string; force?: boolean }, what: string, inputs: readonly CommandInput[] = [],
): number {
  if (values.output === undefined) {
    io.out(text.trimEnd());
    return 0;
  }
  refuseInputAsOutput(values.output, inputs);
  writeFileSafely(values.output, text, { force: values.force === true });
  io.out(`wrote ${values.output}: ${what}`);
  return 0;
}
