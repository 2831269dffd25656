import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../scenario/errors.js';

/** A file a command reads, and what it is to the command ("the scenario being run"). */
export interface CommandInput {
  readonly file: string;
  readonly what: string;
}

/** Whether two paths name one file: the same path, a link to it, or a hard link (same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    // One of them does not exist yet: they cannot be one file.
    return false;
  }
}

/**
 * Refuses an output path that is one of the command's own inputs, before anything is written and
 * even with --force: writing it would lose what the command reads (or, for a parent, what the
 * output itself extends).
 *
 * @example refuseInputAsOutput(out, [{ file: 'scenarios/baseline.yaml', what: 'the scenario being run' }])
 */
export function refuseInputAsOutput(out: string, inputs: readonly CommandInput[]): void {
  const hit = inputs.find((i) => sameFile(out, i.file));
  if (!hit) return;
  const named = resolve(hit.file) === resolve(out) ? '' : ` (${hit.file})`;
  throw new InputError([{
    file: out, message: `cannot write: it is ${hit.what}${named}, which this command reads; even with --force it would be lost; choose another path`,
  }]);
}

/** A scenario and the chain it extends, as inputs: writing over a parent would lose what its children extend. */
export function scenarioInputs(s: { file: string; parent?: { file: string; parent?: unknown } }, what: string): CommandInput[] {
  const out: CommandInput[] = [{ file: s.file, what }];
  for (let p = s.parent as typeof s | undefined; p; p = p.parent as typeof s | undefined) out.push({ file: p.file, what: `a scenario ${s.file} extends` });
  return out;
}
