import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../scenario/errors.js';
import { readStandardInputChunks, STDIN } from '../scenario/read-text-file.js';

/**
 * Runs `use` on the files given, with `<stdin>` among them replaced by a private copy of standard
 * input: a sweep's rows are read several times over and may run to gigabytes, so they are streamed
 * to a file rather than held in memory. Problems in the copy name `<stdin>`, with their lines; the
 * copy is removed when `use` is done (or its promise settles).
 *
 * @example withStdinAsFile([values.sweep], ([file]) => readSweep(file!))
 */
export function withStdinAsFile<T>(files: readonly string[], use: (files: string[]) => T): T {
  if (!files.includes(STDIN)) return use([...files]);
  const dir = mkdtempSync(join(tmpdir(), 'redline-stdin-'));
  const copy = join(dir, 'stdin');
  const done = () => rmSync(dir, { recursive: true, force: true });
  const fail = (err: unknown): never => {
    done();
    if (!(err instanceof InputError)) throw err;
    const named = (text: string) => text.split(copy).join(STDIN);
    throw new InputError(err.problems.map((p) => ({ ...p, file: named(p.file), message: named(p.message) })));
  };
  let result: T;
  try {
    const fd = openSync(copy, 'wx', 0o600);
    try {
      for (const chunk of readStandardInputChunks()) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    result = use(files.map((f) => (f === STDIN ? copy : f)));
  } catch (err) {
    return fail(err);
  }
  if (result instanceof Promise) return result.then((v: unknown) => (done(), v), fail) as T;
  done();
  return result;
}
