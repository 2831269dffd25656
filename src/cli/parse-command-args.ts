import { parseArgs } from 'node:util';
import { STDIN } from '../scenario/read-text-file.js';
import { UsageError } from './io.js';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Options whose value is a file the command reads: `-` there is standard input, as for a file argument. */
const READS: ReadonlySet<string> = new Set(['against', 'sweep', 'add']);
/** Options whose value is a file the command writes, where `-` (standard input) cannot be meant. */
const WRITES: ReadonlySet<string> = new Set(['output', 'out', 'log', 'tally']);

/**
 * A command's arguments parsed strictly (`--debug` and `--no-color` allowed everywhere); a mistake is
 * a usage error. A file argument `-` comes back as `<stdin>`, which the readers take as standard input;
 * `files` says how many leading arguments are files (explain's milestone, completion's shell are not).
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, files = Infinity) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, debug: { type: 'boolean' }, 'no-color': { type: 'boolean' } } as O, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let stdin = 0;
  const read = (v: string) => (v === '-' ? (stdin++, STDIN) : v);
  const values = parsed.values as Record<string, unknown>;
  for (const name of Object.keys(values)) {
    if (WRITES.has(name) && values[name] === '-') {
      const flag = name === 'output' ? '-o' : `--${name}`;
      throw new UsageError(`${flag} -: "-" stands for standard input, which redline reads and never writes; give ${flag} a file path${name === 'output' ? ', or leave -o out to print to standard output' : ''}`);
    }
    const v = values[name];
    if (READS.has(name)) values[name] = Array.isArray(v) ? v.map((x) => read(String(x))) : typeof v === 'string' ? read(v) : v;
  }
  const positionals = parsed.positionals.map((p, i) => (i < files ? read(p) : p));
  // Tokens keep the order of repeated options (fork's --add); they name standard input as the values do.
  let at = 0;
  const tokens = parsed.tokens.map((t) => (t.kind === 'positional' ? { ...t, value: positionals[at++]! }
    : t.kind === 'option' && READS.has(t.name) && t.value === '-' ? { ...t, value: STDIN } : t));
  if (stdin > 1) throw new UsageError('standard input (-) can be read only once; give the other files by their paths');
  return { ...parsed, positionals, tokens };
}
