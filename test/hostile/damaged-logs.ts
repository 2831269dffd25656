import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/engine/index.js';
import { formatLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { HostileCase } from './hostile-case.js';

/*
 * Damaged and hostile logs, made at run time from a fresh log of a short run, so
 * they keep testing the reader when the model (and so the header) changes.
 */

const TINY = `id: tiny
title: Tiny
summary: A short run to damage.
events:
  - { id: offensive, date: 2024-05-10, actor: russia, type: offensive.launched, summary: Russia attacks toward Kharkiv (Харків), effects: { russianPressure: 0.8, ukraineStocks: -0.5 } }
  - { id: call, date: 2024-05-13, actor: kyiv, type: call.held, summary: Zelenskyy calls Sullivan, level: principals, parties: [kyiv, nsc] }
`;

let tiny: string | undefined;
/** The log of the short run: a header and a handful of events, one with Cyrillic text. */
export const tinyLog = (): string => {
  if (tiny === undefined) {
    const file = join(mkdtempSync(join(tmpdir(), 'redline-tiny-')), 'tiny.yaml');
    writeFileSync(file, TINY);
    tiny = formatLog(simulate(loadScenario(file).inputs));
  }
  return tiny;
};

type Json = Record<string, any>;
const lines = (): string[] => tinyLog().slice(0, -1).split('\n');
const join_ = (ls: readonly string[]): string => `${ls.join('\n')}\n`;
/** The log with its header edited. */
const header = (edit: (h: Json) => void): string => {
  const [h, ...rest] = lines();
  const parsed = JSON.parse(h!) as Json;
  edit(parsed);
  return join_([JSON.stringify(parsed), ...rest]);
};
/** The log with event line `n` (1-based, after the header) edited. */
const event = (n: number, edit: (e: Json) => void): string => {
  const ls = lines();
  const parsed = JSON.parse(ls[n]!) as Json;
  edit(parsed);
  ls[n] = JSON.stringify(parsed);
  return join_(ls);
};
/** The log with event line `n` replaced by raw text. */
const lineAt = (n: number, text: string): string => join_(lines().map((l, i) => (i === n ? text : l)));

interface Damage {
  readonly name: string;
  readonly tries: string;
  readonly text: () => string | Buffer;
  readonly exit: number;
  readonly error?: RegExp;
  /** After the file name: `:<line>: ` or `: `. */
  readonly at?: string;
  readonly args?: readonly string[];
  /** What standard output must say (verify reports there). */
  readonly output?: RegExp;
}

const DAMAGES: readonly Damage[] = [
  { name: 'empty', tries: 'an empty file', text: () => '', exit: 2, error: /the file is empty; a redline log starts with a header line/ },
  { name: 'blank-lines', tries: 'nothing but blank lines', text: () => '\n\n  \n', exit: 2, error: /the file is empty/ },
  { name: 'header-cut', tries: 'the header cut off mid-write', text: () => tinyLog().slice(0, 120), exit: 2, at: ':1: ', error: /header line is incomplete/ },
  { name: 'a-scenario', tries: 'a scenario given where a log goes: named, with the commands that take one', text: () => TINY, exit: 2, at: ':1: ', error: /this is a redline scenario \(YAML\), not a log; open it with run, diff/ },
  { name: 'header-array', tries: 'a header that is a JSON array', text: () => '[1,2,3]\n', exit: 2, at: ':1: ', error: /the header is not a JSON object/ },
  { name: 'header-null', tries: 'a header that is null', text: () => 'null\n', exit: 2, at: ':1: ', error: /the header is not a JSON object/ },
  { name: 'other-format', tries: 'JSON Lines from another program', text: () => '{"level":"info","msg":"started"}\n', exit: 2, at: ':1: ', error: /not a redline log: the first line has no "format": "redline-log"/ },
  { name: 'future-version', tries: 'a log from a future format version', text: () => header((h) => { h.version = 3; h.redline = '9.0.0'; }), exit: 2, at: ':1: ',
    error: /this log is in format version 3, written by redline 9\.0\.0; this redline \(.*\) reads log formats up to version 2\. Upgrade redline to read it\./ },
  { name: 'future-version-writer-tostring', tries: 'a future version whose "redline" is an object with a toString key (crashed the message)',
    text: () => header((h) => { h.version = 3; h.redline = { toString: 1 }; }), exit: 2, at: ':1: ', error: /format version 3, written by redline of a later release/ },
  { name: 'far-future-version', tries: 'format version 1e308', text: () => header((h) => { h.version = 1e308; }), exit: 2, at: ':1: ', error: /format version 1e\+308/ },
  { name: 'version-zero', tries: 'format version 0', text: () => header((h) => { h.version = 0; }), exit: 2, at: ':1: ', error: /"version" must be a whole number from 1; found 0/ },
  { name: 'version-fraction', tries: 'format version 1.5', text: () => header((h) => { h.version = 1.5; }), exit: 2, at: ':1: ', error: /"version" must be a whole number from 1; found 1\.5/ },
  { name: 'version-string', tries: 'format version "1"', text: () => header((h) => { h.version = '1'; }), exit: 2, at: ':1: ', error: /"version" must be a whole number from 1; found "1"/ },
  { name: 'header-without-inputs', tries: 'a header without its inputs', text: () => header((h) => { delete h.inputs; }), exit: 2, at: ':1: ', error: /header: inputs: / },
  { name: 'header-input-february-30', tries: 'a header input dated 2024-02-30: verify would crash on it', args: ['replay', '{input}', '--verify'],
    text: () => header((h) => { h.inputs.events[0].date = '2024-02-30'; }), exit: 2, at: ':1: ', error: /header: inputs\.events\.0\.date: not a calendar date/ },
  { name: 'header-input-year-9999', tries: 'a header input dated 9999-12-30: its delays would run off the calendar',
    text: () => header((h) => { h.inputs.events[0].date = '9999-12-30'; }), exit: 2, at: ':1: ', error: /header: inputs\.events\.0\.date: a date as YYYY-MM-DD, in the years 1900 to 2199/ },
  { name: 'header-delay-1e300', tries: 'a parameter of 1e300 days: a fresh run would crash on the date', args: ['replay', '{input}', '--verify'],
    text: () => header((h) => { h.inputs.params.letterDraftingDays = 1e300; }), exit: 2, at: ':1: ',
    error: /header: inputs\.params\.letterDraftingDays: letterDraftingDays is a whole number of days from 0 to 365; found 1e\+300/ },
  { name: 'header-negative-delay', tries: 'a delay of -5 days: time would run backwards', args: ['replay', '{input}', '--verify'],
    text: () => header((h) => { h.inputs.params.dueDiligenceDays = -5; }), exit: 2, at: ':1: ', error: /dueDiligenceDays is a whole number of days from 0 to 365; found -5/ },
  { name: 'header-unknown-input-type-verify', tries: 'an input type this model does not know, verified', args: ['replay', '{input}', '--verify'],
    text: () => header((h) => { h.inputs.events[0].type = 'drone.swarmed'; }), exit: 1, output: /input "offensive" has type "drone\.swarmed", which this model does not know/ },
  { name: 'header-unknown-input-type-fork', tries: 'an input type this model does not know, forked: the fork would crash running it',
    args: ['fork', '{input}', '--at', '1', '--remove', 'call', '-o', '{out}'],
    text: () => header((h) => { h.inputs.events[0].type = 'drone.swarmed'; }), exit: 2, at: ': ', error: /input "offensive" has type "drone\.swarmed", which this model does not know; a fork needs a log this redline can run/ },
  { name: 'header-proto', tries: 'a "__proto__" key in the header: must not pollute', text: () => header((h) => { Object.defineProperty(h, '__proto__', { value: { polluted: true }, enumerable: true }); }), exit: 0 },
  { name: 'header-constructor-prototype', tries: 'a "constructor.prototype" chain in the header', text: () => header((h) => { Object.defineProperty(h, 'constructor', { value: { prototype: { polluted: true } }, enumerable: true }); }), exit: 0 },
  { name: 'event-proto', tries: 'a "__proto__" key in an event line', text: () => event(2, (e) => { Object.defineProperty(e.data, '__proto__', { value: { polluted: true }, enumerable: true }); }), exit: 0 },
  { name: 'torn-tail', tries: 'the last line cut off mid-write: read up to it, with a warning', text: () => tinyLog().slice(0, -40), exit: 0,
    error: /:8: the last line is incomplete \(the write was cut off\); skipped it and kept the header and events 1–6/ },
  { name: 'torn-inside-a-character', tries: 'cut inside a two-byte character of the last line', text: () => {
    const b = Buffer.from(join_(lines().slice(0, 2)));
    return b.subarray(0, b.indexOf(Buffer.from('Харків'), b.indexOf('\n')) + 1);
  }, exit: 0, error: /:2: the last line is incomplete/ },
  { name: 'corrupt-middle', tries: 'a line of garbage in the middle', text: () => lineAt(3, 'garbage'), exit: 2, at: ':4: ', error: /an event line is not valid JSON .*; the log is damaged here, after the header and events 1–2/ },
  { name: 'blank-line-middle', tries: 'a blank line in the middle', text: () => lineAt(3, ''), exit: 2, at: ':4: ', error: /an event line is not valid JSON/ },
  { name: 'nul-in-line', tries: 'a NUL byte inside an event line', text: () => lineAt(2, JSON.stringify(JSON.parse(lines()[2]!)).replace('kyiv', 'ky\u0000iv')), exit: 2, at: ':3: ', error: /an event line is not valid JSON/ },
  { name: 'invalid-utf8-middle', tries: 'a byte that is not UTF-8 inside an event line', text: () => {
    const b = Buffer.from(tinyLog());
    const at = b.indexOf(Buffer.from('Kyiv presses'));
    b[at] = 0xff;
    return b;
  }, exit: 2, at: ':3:', error: /byte 0xff is not UTF-8 text/ },
  { name: 'event-array', tries: 'an event line that is a JSON array', text: () => lineAt(2, '[1]'), exit: 2, at: ':3: ', error: /an event line is not a JSON object/ },
  { name: 'seq-gap', tries: 'an event missing from the middle', text: () => join_(lines().filter((_, i) => i !== 3)), exit: 2, at: ':4: ', error: /expected event 3 here; found seq 4/ },
  { name: 'seq-repeated', tries: 'an event line written twice', text: () => { const ls = lines(); return join_([...ls.slice(0, 3), ls[2]!, ...ls.slice(3)]); }, exit: 2, at: ':4: ', error: /expected event 3 here; found seq 2/ },
  { name: 'seq-infinite', tries: 'a seq of 1e999 (Infinity)', text: () => lineAt(1, lines()[1]!.replace('"seq":1', '"seq":1e999')), exit: 2, at: ':2: ', error: /not a log event: seq/ },
  { name: 'cause-forward', tries: 'a cause that points forward', text: () => event(3, (e) => { e.cause = 6; }), exit: 2, at: ':4: ', error: /event 3 names a cause \(6\) that does not come before it/ },
  { name: 'cause-zero', tries: 'a cause of 0', text: () => event(3, (e) => { e.cause = 0; }), exit: 2, at: ':4: ', error: /not a log event: cause/ },
  { name: 'kind-unknown', tries: 'an event of an unknown kind', text: () => event(2, (e) => { e.kind = 'rumour'; }), exit: 2, at: ':3: ', error: /not a log event: kind/ },
  { name: 'machine-unknown', tries: 'a decision by a machine the model does not have', text: () => event(2, (e) => { e.data.machine = 'kremlin'; }), exit: 2, at: ':3: ', error: /not a log event: data\.machine/ },
  { name: 'machine-proto', tries: 'a decision by a machine named "__proto__"', text: () => event(2, (e) => { e.data.machine = '__proto__'; }), exit: 2, at: ':3: ', error: /not a log event: data\.machine/ },
  { name: 'event-february-30', tries: 'an event dated 2024-02-30', text: () => event(2, (e) => { e.date = '2024-02-30'; }), exit: 2, at: ':3: ', error: /not a log event: date: not a calendar date/ },
  { name: 'event-date-garbage', tries: 'an event dated "+010000-02"', text: () => event(2, (e) => { e.date = '+010000-02'; }), exit: 2, at: ':3: ', error: /not a log event: date/ },
  { name: 'dates-backwards', tries: 'an input dated before the events it follows, as if edited by hand: verify finds it', args: ['replay', '{input}', '--verify'],
    text: () => event(4, (e) => { e.date = '2024-05-01'; }), exit: 1, output: /diverges at event 4 of 7 .*: event 4 differs[\s\S]*differs in: date/ },
  // Forgeries: lines that parse, telling what cannot be true (src/log/check-claims.ts).
  { name: 'forged-dates-backwards', tries: 'a date before the event it follows, replayed without --verify', text: () => event(4, (e) => { e.date = '2024-05-01'; }), exit: 2, at: ':5: ',
    error: /event 4 is dated 2024-05-01, before event 3 \(2024-05-10\); a log's dates never run backwards; this log cannot be true here/ },
  { name: 'forged-unknown-type', tries: 'a decision of a type the model never records', text: () => event(2, (e) => { e.type = 'kyiv.pressed'; }), exit: 2, at: ':3: ',
    error: /event 2: "kyiv\.pressed" is not an event this model records \(did you mean "kyiv\.pressing"\?\)/ },
  { name: 'forged-wrong-machine', tries: 'a decision claimed by a machine that does not record it', text: () => event(3, (e) => { e.data.machine = 'press'; }), exit: 2, at: ':4: ',
    error: /event 3: "russia\.on-offensive" is recorded by russia, not by press/ },
  { name: 'forged-wrong-actor', tries: 'a decision claimed by another actor', text: () => event(5, (e) => { e.actor = 'russia'; }), exit: 2, at: ':6: ',
    error: /event 5: "kyiv\.requested" is done by kyiv, not russia/ },
  { name: 'forged-out-of-order', tries: 'a step the machine cannot take from where the log put it (Kyiv presses again instead of asking)',
    text: () => event(5, (e) => { e.type = 'kyiv.pressing'; e.data = { ...e.data, state: 'border.pressing' }; }), exit: 2, at: ':6: ',
    error: /event 5: kyiv cannot come to border\.pressing from border\.pressing, where the log last put it; the machine allows no such order/ },
  { name: 'forged-lenient', tries: 'a forgery read with --lenient: read, and the doubt listed', args: ['replay', '{input}', '--lenient'],
    text: () => event(2, (e) => { e.type = 'kyiv.pressed'; }), exit: 0, error: /:3: doubt: event 2: "kyiv\.pressed" is not an event this model records/ },
  { name: 'crlf', tries: 'a log with CRLF line ends (copied through Windows): must read', text: () => tinyLog().replace(/\n/g, '\r\n'), exit: 0 },
  { name: 'bom', tries: 'a log with a byte-order mark (saved by a Windows editor): must read', text: () => `\uFEFF${tinyLog()}`, exit: 0 },
  { name: 'state-at-out-of-range', tries: 'state --at past the end', args: ['state', '{input}', '--at', '99'], text: tinyLog, exit: 2, error: /^redline: --at 99: the log has events 1–7/ },
  { name: 'state-at-hex', tries: 'state --at 0x3 (a number, but not as a person writes it)', args: ['state', '{input}', '--at', '0x3'], text: tinyLog, exit: 2, error: /^redline: --at 0x3: / },
  { name: 'state-on-february-30', tries: 'state --on 2024-02-30', args: ['state', '{input}', '--on', '2024-02-30'], text: tinyLog, exit: 2, error: /^redline: --on 2024-02-30: expected a real day as YYYY-MM-DD/ },
  { name: 'fork-at-minus-one', tries: 'fork --at=-1', args: ['fork', '{input}', '--at=-1', '--remove', 'call', '-o', '{out}'], text: tinyLog, exit: 2, error: /--at -1: the log has events 1–7/ },
  { name: 'fork-onto-itself', tries: 'fork -o the log itself, with --force: the log would be lost', args: ['fork', '{input}', '--at', '1', '--remove', 'call', '-o', '{input}', '--force'],
    text: tinyLog, exit: 2, error: /^\S+: cannot write: it is the log being forked, which this command reads; even with --force it would be lost/ },
];

/** Each damage as a case: written to `log-<name>.jsonl` in the case's folder and read by `replay` unless it says otherwise. */
export const DAMAGED_LOGS: readonly HostileCase[] = DAMAGES.map((d) => ({
  name: `generated/log-${d.name}.jsonl`,
  tries: d.tries,
  args: d.args ?? ['replay', '{input}'],
  exit: d.exit,
  ...(d.error ? { error: d.error } : {}),
  ...(d.exit === 2 ? { lead: d.error?.source.startsWith('^redline') ? 'redline: ' : `{input}${d.at ?? ': '}` } : {}),
  ...(d.output ? { output: d.output } : d.exit === 0 ? { output: /final state: / } : {}),
  make: (dir: string) => {
    const file = join(dir, `log-${d.name}.jsonl`);
    writeFileSync(file, d.text());
    return { input: file };
  },
}));
