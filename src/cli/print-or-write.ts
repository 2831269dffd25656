import type { CommandIO } from './io.js';
import { refuseInputAsOutput, type CommandInput } from '../log/same-file.js';
import { writeFileSafely } from '../log/write-file-safely.js';

/** What a picture or page is, for --json. */
export type PictureFormat = 'svg' | 'mermaid' | 'html';

/**
 * A picture or page to `-o FILE` (whole, never over a file without --force), then a line
 * saying what was written; without `-o`, to standard output. With `--json`, instead of the
 * line (or the text), `{ written, format, drew, bytes }` and, without `-o`, the `text` too.
 * Never over one of the command's `inputs`, even with --force. Returns the exit code.
 *
 * @example printOrWrite(io, svg, values, 'milestones of baseline', 'svg') // "wrote out.svg: milestones of baseline"
 */
export function printOrWrite(
  io: CommandIO, text: string, values: { output?: string; force?: boolean; json?: boolean }, what: string, format: PictureFormat,
  inputs: readonly CommandInput[] = [],
): number {
  const body = values.output === undefined ? text.trimEnd() : text;
  if (values.output !== undefined) {
    refuseInputAsOutput(values.output, inputs);
    writeFileSafely(values.output, text, { force: values.force === true });
  }
  if (values.json === true) {
    const written = values.output ?? null;
    io.out(JSON.stringify({ written, format, drew: what, bytes: Buffer.byteLength(body), ...(written === null ? { text: body } : {}) }, null, 2));
  } else if (values.output === undefined) io.out(body);
  else io.out(`wrote ${values.output}: ${what}`);
  return 0;
}
