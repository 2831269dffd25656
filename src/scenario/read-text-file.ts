import { isUtf8 } from 'node:buffer';
import { readFileSync, readSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { InputError, type Problem } from './errors.js';

export interface TextFileRules {
  /** What the file should be, for messages: "a scenario", "a log", "an event file". */
  readonly what: string;
  readonly maxBytes: number;
  /** A log cut off mid-write may end inside a character: leave that to the torn-line check. */
  readonly allowCutLastCharacter?: boolean;
  /** YAML forbids control characters; JSON already rejects them in its own way. */
  readonly forbidControlCharacters?: boolean;
}

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ELOOP: 'the path is a loop of symbolic links',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * What a command's file argument `-` becomes as the command reads it: standard input, and the
 * name every message gives it. (A file really named so is still reached as `./<stdin>`.)
 */
export const STDIN = '<stdin>';

/** Standard input as read so far: a process reads it once, and a second reader gets the same bytes. */
let stdinBytes: Buffer | undefined;

/**
 * Standard input, read to its end once per process, as chunks; refused when it is a terminal (a
 * user would be left waiting at a prompt with no word of why). Blocking reads: a command reads its
 * input before it does anything else.
 */
export function* readStandardInputChunks(limit = Infinity): Generator<Buffer> {
  if (stdinBytes) {
    yield stdinBytes;
    return;
  }
  if (isatty(0)) {
    throw new InputError([{ file: STDIN, message: 'is a terminal, not a file: pipe the file in (cat scenario.yaml | redline run -), or give its path instead of -' }]);
  }
  const buf = Buffer.alloc(1 << 16);
  for (let total = 0; total <= limit;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      // A pipe its writer left non-blocking: wait a little for more.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    total += n;
    yield Buffer.from(buf.subarray(0, n));
  }
}

/** All of standard input (up to just past `maxBytes`), kept for any later reader in this process. */
function standardInput(maxBytes: number): Buffer {
  stdinBytes ??= Buffer.concat([...readStandardInputChunks(maxBytes)]);
  return stdinBytes;
}

/**
 * Reads a user's text file as UTF-8, refusing before it reads anything that could
 * hang or flood it (a pipe, a device, a file too big) and naming the line of
 * bytes that are not text. Every refusal is an `InputError`.
 *
 * @example
 *   readTextFile('scenarios/baseline.yaml', { what: 'a scenario', maxBytes: 1_000_000 })
 */
export function readTextFile(file: string, rules: TextFileRules): string {
  const refuse = (message: string, at: { line?: number; col?: number } = {}): never => {
    throw new InputError([{ file, ...at, message } satisfies Problem]);
  };
  let bytes: Buffer;
  try {
    if (file === STDIN) bytes = standardInput(rules.maxBytes);
    else {
      const { size } = checkReadable(file);
      if (size > rules.maxBytes) refuse(tooBig(size, rules));
      bytes = readFileSync(file);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    return refuse(cannotRead(err));
  }
  if (bytes.length > rules.maxBytes) refuse(file === STDIN ? `holds more than ${rules.maxBytes} bytes; ${rules.what} may be at most that` : tooBig(bytes.length, rules));
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
    refuse('is UTF-16 text; save it as UTF-8', { line: 1, col: 1 });
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidByte(bytes);
    if (!(rules.allowCutLastCharacter && bad.cutAtEnd)) {
      refuse(`byte 0x${bytes[bad.offset]!.toString(16).padStart(2, '0')} is not UTF-8 text; save the file as UTF-8 (or is it not ${rules.what}?)`, position(bytes, bad.offset));
    }
  }
  const text = bytes.toString('utf8');
  if (rules.forbidControlCharacters) {
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
    if (control) {
      const code = control[0].charCodeAt(0);
      const name = code === 0 ? 'NUL' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      refuse(`control character ${name} in the text; ${rules.what} is plain text (is this a binary file?)`,
        position(bytes, Buffer.byteLength(text.slice(0, control.index))));
    }
  }
  return text;
}

function tooBig(size: number, rules: TextFileRules): string {
  return `file is ${size} bytes; ${rules.what} may be at most ${rules.maxBytes}`;
}

/** Line and column (in characters) of a byte offset. */
function position(bytes: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: bytes.subarray(start, offset).toString('utf8').length + 1 };
}

/** Where UTF-8 decoding first fails, and whether that is only a character cut short by the end of the file. */
function firstInvalidByte(bytes: Buffer): { offset: number; cutAtEnd: boolean } {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { offset: i, cutAtEnd: false };
    if (need > 0 && !isUtf8(bytes.subarray(i, i + need + 1))) {
      return { offset: i, cutAtEnd: i + need >= bytes.length && isUtf8Prefix(bytes.subarray(i)) };
    }
    i += need + 1;
  }
  return { offset: bytes.length, cutAtEnd: true };
}

/** Whether bytes are the start of one valid character (checked by completing it with continuation bytes). */
function isUtf8Prefix(tail: Buffer): boolean {
  const need = tail[0]! >= 0xf0 ? 4 : tail[0]! >= 0xe0 ? 3 : 2;
  return [0x80, 0x90, 0xa0, 0xbf].some((fill) => isUtf8(Buffer.concat([tail, Buffer.alloc(need - tail.length, fill)])));
}

/**
 * The size of `file`, once it is known to be a regular file that can be read; else `InputError`
 * saying why (missing, a folder, a pipe or device, which would block or never end; no permission...).
 */
export function checkReadable(file: string): { size: number } {
  const refuse = (message: string): never => {
    throw new InputError([{ file, message }]);
  };
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) refuse('cannot read: is a folder, not a file');
    if (!stat.isFile()) refuse('cannot read: not a regular file (a pipe, device or socket)');
    return { size: stat.size };
  } catch (err) {
    if (err instanceof InputError) throw err;
    return refuse(cannotRead(err));
  }
}

const cannotRead = (err: unknown): string => `cannot read: ${WHY[(err as NodeJS.ErrnoException).code ?? ''] ?? (err as Error).message}`;
