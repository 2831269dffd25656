import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { formatLog, parseLog } from '../../src/log/index.js';
import { InputError } from '../../src/scenario/errors.js';
import { baselineRun, cli, tempDir } from '../helpers/logs.js';

const run = baselineRun();
const text = formatLog(run);
const lines = text.slice(0, -1).split('\n');
const FILE = 'runs/x.jsonl';

const errorOf = (t: string): string => {
  try {
    parseLog(t, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected the log to be refused');
};

const withLine = (n: number, replacement: string): string =>
  `${lines.map((l, i) => (i === n - 1 ? replacement : l)).join('\n')}\n`;

describe('a torn last line', () => {
  it('is skipped with a warning that names its line and what was kept', () => {
    const cut = text.length - 1 - Math.floor(lines.at(-1)!.length / 2);
    const log = parseLog(text.slice(0, cut), FILE);
    expect(log.run.events).toEqual(run.events.slice(0, -1));
    expect(log.warnings).toEqual([
      `${FILE}:${lines.length}: the last line is incomplete (the write was cut off); skipped it and kept the header and events 1–${run.events.length - 1} (through ${run.events.at(-2)!.date})`,
    ]);
  });

  it('wherever a copy is cut after the header, reading keeps a prefix of the events and warns only for a partial line', () => {
    const headerEnd = lines[0]!.length + 1;
    const rng = xoroshiro128plus(7);
    const cuts = new Set<number>();
    let offset = headerEnd;
    for (const line of lines.slice(1)) {
      cuts.add(offset).add(offset + 1).add(offset + line.length).add(offset + 1 + uniformInt(rng, 0, line.length - 1));
      offset += line.length + 1;
    }
    cuts.add(text.length);
    for (const cut of cuts) {
      const log = parseLog(text.slice(0, cut), FILE);
      const kept = log.run.events.length;
      expect(log.run.events).toEqual(run.events.slice(0, kept));
      const atLineEnd = text[cut - 1] === '\n' || text[cut] === '\n' || cut === text.length;
      expect(log.warnings.length).toBe(atLineEnd ? 0 : 1);
    }
  });

  it('reads a log whose final newline alone is missing as complete', () => {
    const log = parseLog(text.slice(0, -1), FILE);
    expect(log.run.events).toHaveLength(run.events.length);
    expect(log.warnings).toEqual([]);
  });

  it('is reported on stderr by replay, which still prints the table (exit 0)', async () => {
    const file = join(tempDir(), 'torn.jsonl');
    writeFileSync(file, text.slice(0, -10));
    const { code, out, err } = await cli('replay', file);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`torn\\.jsonl:${lines.length}: the last line is incomplete .* kept the header and events 1–${run.events.length - 1}`));
    expect(out).toMatch(/^in-effect\s+2024-05-30/m);
  });
});

describe('a corrupt line in the middle', () => {
  it('is an error naming its line number, not skipped', () => {
    const message = errorOf(withLine(12, '{"seq":11,"date":"2024-0'));
    expect(message).toMatch(/^runs\/x\.jsonl:12: an event line is not valid JSON \(.*\); the log is damaged here/);
    expect(message).toMatch(new RegExp(`after the header and events 1–10 \\(through ${run.events[9]!.date}\\)$`));
  });

  it('names the field when a line is JSON but not an event', () => {
    const bad = JSON.parse(lines[5]!);
    bad.kind = 'rumour';
    expect(errorOf(withLine(6, JSON.stringify(bad)))).toMatch(/^runs\/x\.jsonl:6: not a log event: kind: .*; the log is damaged here/);
    const noDate = JSON.parse(lines[5]!);
    delete noDate.date;
    expect(errorOf(withLine(6, JSON.stringify(noDate)))).toMatch(/^runs\/x\.jsonl:6: not a log event: date: /);
  });

  it('says in words what is wrong with the field, for the header and for an event', () => {
    const damaged = (n: number, change: (v: Record<string, unknown>) => void): string => {
      const v = JSON.parse(lines[n - 1]!);
      change(v);
      return errorOf(withLine(n, JSON.stringify(v))).split('; the log is damaged')[0]!;
    };
    expect(damaged(1, (h) => { (h.inputs as Record<string, unknown>).seed = 'x'; })).toBe(`${FILE}:1: header: inputs.seed: Invalid input: expected number, received string`);
    expect(damaged(6, (e) => { delete e.date; })).toBe(`${FILE}:6: not a log event: date: Invalid input: expected string, received undefined`);
    expect(damaged(6, (e) => { e.seq = 5.5; })).toBe(`${FILE}:6: not a log event: seq: Invalid input: expected int, received number`);
    expect(damaged(2, (e) => { e.seq = 0; })).toBe(`${FILE}:2: not a log event: seq: Too small: expected number to be >=1`);
    expect(damaged(6, (e) => { e.type = ''; })).toBe(`${FILE}:6: not a log event: type: Too small: expected string to have >=1 characters`);
    expect(damaged(6, (e) => { e.kind = 'rumour'; })).toBe(`${FILE}:6: not a log event: kind: Invalid discriminator value. Expected 'input' | 'decision'`);
  });

  it('catches events out of order and causes that point forward', () => {
    expect(errorOf(withLine(6, lines[6]!))).toMatch(/^runs\/x\.jsonl:6: expected event 5 here; found seq 6/);
    const forward = JSON.parse(lines[2]!);
    forward.cause = 9;
    expect(errorOf(withLine(3, JSON.stringify(forward)))).toMatch(/^runs\/x\.jsonl:3: event 2 names a cause \(9\) that does not come before it/);
  });

  it('makes replay exit 2 with the message and no stack trace', async () => {
    const file = join(tempDir(), 'corrupt.jsonl');
    writeFileSync(file, withLine(30, 'garbage'));
    const { code, err } = await cli('replay', file);
    expect(code).toBe(2);
    expect(err).toMatch(/corrupt\.jsonl:30: an event line is not valid JSON/);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('a file that is not a usable log', () => {
  it('is refused with what is wrong with it', () => {
    expect(errorOf('')).toMatch(/^runs\/x\.jsonl: the file is empty/);
    expect(errorOf(lines[0]!.slice(0, 40))).toMatch(/^runs\/x\.jsonl:1: the header line is incomplete/);
    expect(errorOf('id: baseline\ntitle: x\n')).toMatch(/^runs\/x\.jsonl:1: the header is not valid JSON/);
    expect(errorOf('{"hello":1}\n')).toMatch(/^runs\/x\.jsonl:1: not a redline log/);
    const header = JSON.parse(lines[0]!);
    delete header.inputs;
    expect(errorOf(`${JSON.stringify(header)}\n`)).toMatch(/^runs\/x\.jsonl:1: header: inputs: /);
  });

  it('says when the file is missing', async () => {
    const { code, err } = await cli('replay', join(tempDir(), 'nope.jsonl'));
    expect(code).toBe(2);
    expect(err).toMatch(/nope\.jsonl: cannot read: no such file/);
  });
});

describe('format versions', () => {
  it('refuses a log from a newer format with a message saying to upgrade (exit 2)', async () => {
    const header = { ...JSON.parse(lines[0]!), version: 2, redline: '9.0.0' };
    const future = `${[JSON.stringify(header), ...lines.slice(1)].join('\n')}\n`;
    expect(errorOf(future)).toBe(`${FILE}:1: this log is in format version 2, written by redline 9.0.0; this redline (0.1.0) reads log formats up to version 1. Upgrade redline to read it.`);
    const file = join(tempDir(), 'future.jsonl');
    writeFileSync(file, future);
    expect((await cli('replay', file)).code).toBe(2);
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1', null]) {
      const header = { ...JSON.parse(lines[0]!), version };
      expect(errorOf(`${JSON.stringify(header)}\n`)).toMatch(/^runs\/x\.jsonl:1: "version" must be a whole number from 1/);
    }
  });
});
