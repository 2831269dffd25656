import { parseArgs } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** A command's arguments parsed strictly (`--debug` and `--no-color` allowed everywhere); a mistake is a usage error. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, debug: { type: 'boolean' }, 'no-color': { type: 'boolean' } } as O, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
