import { closeSync, openSync, readSync } from 'node:fs';

export interface Line {
  readonly text: string;
  /** 1-based line number. */
  readonly number: number;
  /** Byte offset just past this line's newline (or past its last byte when it has none). */
  readonly end: number;
  /** False for a last line with no newline: a row cut off mid-write. */
  readonly complete: boolean;
}

/** A file's lines, read in chunks so memory stays flat however long the file. */
export function* readLines(file: string, chunkBytes = 1 << 16): Generator<Line> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(chunkBytes);
    let carry = Buffer.alloc(0);
    let offset = 0;
    let number = 0;
    for (let n = readSync(fd, buf, 0, chunkBytes, null); n > 0; n = readSync(fd, buf, 0, chunkBytes, null)) {
      let data = Buffer.concat([carry, buf.subarray(0, n)]);
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10)) {
        offset += nl + 1;
        yield { text: data.subarray(0, nl).toString('utf8'), number: ++number, end: offset, complete: true };
        data = data.subarray(nl + 1);
      }
      carry = Buffer.from(data);
    }
    if (carry.length > 0) yield { text: carry.toString('utf8'), number: ++number, end: offset + carry.length, complete: false };
  } finally {
    closeSync(fd);
  }
}

/** A file's first line (undefined when the file is empty), read without the rest; the file is closed again. */
export function firstLine(file: string): Line | undefined {
  const lines = readLines(file);
  const first = lines.next();
  lines.return(undefined); // a generator dropped after next() would keep the file open
  return first.done ? undefined : first.value;
}
