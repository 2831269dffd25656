import { linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a new file atomically and never over an existing one: the text goes
 * to a temporary file beside it, which is then linked into place (link fails
 * when the name is taken) and removed.
 */
export function writeNewFile(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text, { flag: 'wx' });
  try {
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists; choose another name`, { cause: err });
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}
