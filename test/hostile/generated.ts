import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine/index.js';
import { formatLog } from '../../src/log/index.js';
import { MAX_FILE_BYTES } from '../../src/scenario/yaml-file.js';
import { longScenario } from '../helpers/long-scenario.js';
import type { HostileCase } from './hostile-case.js';

/* Inputs too big to commit, or that are not plain files: built in a temp folder at run time. */

const HEAD = 'id: hostile\ntitle: Hostile\nsummary: A hostile input.\n';
const EVENT = '  - { id: call, date: 2024-05-13, actor: nsc, type: call.held, summary: A call }\n';
const MB = 1024 * 1024;

/** Writes `head`, then `unit` repeated until the file is `bytes` long (the last copy cut short). */
function sized(file: string, head: string, unit: string, bytes: number, tail = ''): string {
  const fd = openSync(file, 'w');
  const block = Buffer.from(unit.repeat(Math.ceil(MB / unit.length)));
  let left = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  writeSync(fd, head);
  while (left > 0) left -= writeSync(fd, block, 0, Math.min(block.length, left));
  writeSync(fd, tail);
  closeSync(fd);
  return file;
}

const write = (file: string, text: string): string => (writeFileSync(file, text), file);

/** `n` what-ifs in `dir`, s1 … s<n>, each extending the one before; s0 is a root with no events. Returns s<n>. */
function chain(dir: string, n: number): string {
  write(join(dir, 's0.yaml'), 'id: s0\ntitle: Root\nsummary: The root of a chain.\nevents: []\n');
  for (let i = 1; i <= n; i++) write(join(dir, `s${i}.yaml`), `id: s${i}\ntitle: Link ${i}\nsummary: A link.\nextends: s${i - 1}\n`);
  return join(dir, `s${n}.yaml`);
}
const input = (file: string) => ({ input: file });

let longLog: string | undefined;
/** The log of a 10,000-input run, made once. */
const longLogText = (): string => (longLog ??= formatLog(simulate(longScenario(10_000, 5))));
const logLines = (): string[] => longLogText().split('\n', 2).map((l) => `${l}\n`);

type Expect = Pick<HostileCase, 'exit' | 'error' | 'output' | 'lead' | 'heavy'>;
const scenario = (name: string, tries: string, make: (dir: string) => string, expect: Expect): HostileCase => ({
  name: `generated/${name}`, tries, args: ['run', '{input}'], make: (dir) => input(make(dir)), ...expect,
});
const log = (name: string, tries: string, make: (dir: string) => string, expect: Expect): HostileCase => ({
  name: `generated/${name}`, tries, args: ['replay', '{input}'], make: (dir) => input(make(dir)), ...expect,
});
const heavy = <T extends Expect>(e: T): T => ({ ...e, heavy: true });
/** Exit 2, with stderr matching `error` and leading with the input's path and then `after` (a line, a column). */
const refused = (error: RegExp, after = ': '): Pick<HostileCase, 'exit' | 'error' | 'lead'> => ({ exit: 2, error, lead: `{input}${after}` });

const deviceOrSkip = (path: string) => (existsSync(path) ? {} : { skip: `no ${path} here` });
const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return process.platform !== 'win32' && existsSync('/usr/bin/mkfifo');
  }
})();

export const GENERATED: readonly HostileCase[] = [
  scenario('scenario-50mb.yaml', 'a 50 MB scenario: refused before it is read',
    (d) => sized(join(d, 'big.yaml'), `${HEAD}events:\n`, EVENT, 50 * MB), heavy(refused(/file is 52428800 bytes; a scenario may be at most 1000000/))),
  scenario('scenario-one-byte-too-big.yaml', 'a scenario one byte over the limit',
    (d) => sized(join(d, 'over.yaml'), `${HEAD}events:\n`, '#', MAX_FILE_BYTES + 1), refused(/file is 1000001 bytes; a scenario may be at most 1000000/)),
  scenario('scenario-10000-events.yaml', '10,000 events in one scenario: must load and run',
    (d) => write(join(d, 'many.yaml'), `${HEAD}events:\n${Array.from({ length: 10_000 }, (_, i) =>
      `  - { id: e${i}, date: ${2023 + Math.floor(i / 365)}-0${1 + (i % 9)}-1${i % 10}, actor: nsc, type: call.held, summary: x }\n`).join('')}`),
    heavy({ exit: 0, output: /final state: .*\(10\d{3} events\)/ })),
  scenario('scenario-deep-flow-sequence.yaml', '100,000 nested flow sequences',
    (d) => write(join(d, 'deep.yaml'), `${HEAD}seed: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), refused(/nested too deeply/, ':4:')),
  scenario('scenario-deep-flow-mapping.yaml', '50,000 nested flow mappings',
    (d) => write(join(d, 'deep.yaml'), `${HEAD}seed: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`), refused(/nested too deeply/, ':4:')),
  // Deeper block nesting overflows the parser's stack at a depth that depends on the stack's size: the flow cases above cover that.
  scenario('scenario-deep-block-mapping.yaml', '300 nested block mappings',
    (d) => write(join(d, 'deep.yaml'), `${HEAD}${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('')}`),
    refused(/unknown field "k0" in the file/, ':4:1: ')),
  scenario('scenario-900kb-title.yaml', 'a 900 kB title: the message quoting it stays short',
    (d) => write(join(d, 'long.yaml'), `id: hostile\ntitle: ${'x'.repeat(900_000)}\nsummary: s\n`), refused(/^[^\n]{0,1300}\n?$/, ':2:8: ')),
  scenario('scenario-80000-unknown-fields.yaml', '80,000 unknown fields',
    (d) => write(join(d, 'keys.yaml'), `${HEAD}${Array.from({ length: 80_000 }, (_, i) => `k${i}: 1\n`).join('')}`), heavy(refused(/unknown field "k0" in the file/, ':4:1: '))),
  scenario('scenario-5000-anchors.yaml', '5,000 anchors each used once: allowed by the alias limit, so the fields are checked',
    (d) => write(join(d, 'anchors.yaml'), `${HEAD}${Array.from({ length: 5000 }, (_, i) => `a${i}: &a${i} 1\nb${i}: *a${i}\n`).join('')}`), refused(/unknown field "a0"/, ':4:1: ')),
  scenario('scenario-folder', 'a folder given as a scenario', (d) => d, refused(/cannot read: is a folder, not a file/)),
  scenario('scenario-symlink-loop.yaml', 'a symbolic link that points to itself through another',
    (d) => (symlinkSync(join(d, 'b.yaml'), join(d, 'a.yaml')), symlinkSync(join(d, 'a.yaml'), join(d, 'b.yaml')), join(d, 'a.yaml')),
    refused(/cannot read: the path is a loop of symbolic links/)),
  scenario('scenario-dangling-symlink.yaml', 'a symbolic link to nothing',
    (d) => (symlinkSync(join(d, 'gone.yaml'), join(d, 'link.yaml')), join(d, 'link.yaml')), refused(/cannot read: no such file/)),
  scenario('scenario-symlink-to-folder.yaml', 'a symbolic link to a folder',
    (d) => (mkdirSync(join(d, 'sub')), symlinkSync(join(d, 'sub'), join(d, 'link.yaml')), join(d, 'link.yaml')), refused(/cannot read: is a folder/)),
  scenario('scenario-path-through-a-file.yaml', 'a path that goes through a file as if it were a folder',
    (d) => join(write(join(d, 'file.yaml'), HEAD), 'inner.yaml'), refused(/cannot read: a part of the path is a file, not a folder/)),
  scenario('scenario-missing.yaml', 'a file that does not exist', (d) => join(d, 'nope.yaml'), refused(/cannot read: no such file/)),
  {
    ...scenario('scenario-named-pipe', 'a named pipe with no writer: reading it would block for ever',
      (d) => (execFileSync('mkfifo', [join(d, 'pipe.yaml')]), join(d, 'pipe.yaml')), refused(/not a regular file \(a pipe, device or socket\)/)),
    ...(hasMkfifo ? {} : { skip: 'no mkfifo here' }),
  },
  { ...scenario('dev-zero', '/dev/zero: endless zero bytes', () => '/dev/zero', refused(/not a regular file/)), ...deviceOrSkip('/dev/zero') },
  { ...scenario('dev-urandom', '/dev/urandom: endless random bytes', () => '/dev/urandom', refused(/not a regular file/)), ...deviceOrSkip('/dev/urandom') },
  { ...scenario('dev-null', '/dev/null', () => '/dev/null', refused(/not a regular file/)), ...deviceOrSkip('/dev/null') },
  {
    ...scenario('etc-passwd', '/etc/passwd given as a scenario', () => '/etc/passwd', { exit: 2, error: /^\/etc\/passwd(?::\d+){0,2}: / }),
    ...deviceOrSkip('/etc/passwd'),
  },

  {
    name: 'generated/extends-chain-1000', tries: 'a chain of 1,000 what-ifs, each extending the one before: refused at the 101st link, not a stack overflow',
    args: ['run', '{input}'], exit: 2, error: /extends: one link too many: a chain \(from \S*s1000\.yaml\) may extend at most 100 times/, lead: '{deep}:4:10: ',
    make: (d) => ({ input: chain(d, 1000), deep: join(d, 's900.yaml') }),
  },
  scenario('extends-chain-100', 'a chain of 100 what-ifs: the longest allowed, loads', (d) => chain(d, 100), { exit: 0, output: /final state: restricted · secret/ }),
  {
    ...scenario('extends-link-to-passwd', 'extends a .yaml name that is a link to /etc/passwd: refused before it is read',
      (d) => (symlinkSync('/etc/passwd', join(d, 'parent.yaml')), write(join(d, 'child.yaml'), `${HEAD}extends: ./parent.yaml\n`)),
      refused(/extends: \S*parent\.yaml is not a \.yaml file; a parent is a scenario/, ':4:10: ')),
    ...deviceOrSkip('/etc/passwd'),
  },
  scenario('extends-link-loop', 'extends a .yaml name that is a loop of links',
    (d) => (symlinkSync(join(d, 'b.yaml'), join(d, 'a.yaml')), symlinkSync(join(d, 'a.yaml'), join(d, 'b.yaml')), write(join(d, 'child.yaml'), `${HEAD}extends: ./a.yaml\n`)),
    refused(/extends: no scenario file \S*a\.yaml/, ':4:10: ')),
  {
    name: 'generated/run-log-onto-its-scenario', tries: 'run --log onto the scenario being run, with --force: the scenario would be lost',
    args: ['run', '{input}', '--log', '{input}', '--force'], make: (d) => input(write(join(d, 'mine.yaml'), `${HEAD}events: []\n`)),
    exit: 2, error: /^\S*mine\.yaml: cannot write: it is the scenario being run, which this command reads; even with --force it would be lost/,
  },

  log('log-50mb-line.jsonl', 'a log whose second line is 50 MB of one string',
    (d) => sized(join(d, 'big.jsonl'), logLines()[0]!, 'x', 50 * MB, '\n'), heavy(refused(/an event line is not valid JSON/, ':2: '))),
  log('log-50mb-lines.jsonl', 'a log of 50 MB of copies of its first event',
    (d) => sized(join(d, 'big.jsonl'), logLines()[0]!, logLines()[1]!, 50 * MB), heavy(refused(/expected event 2 here; found seq 1/, ':3: '))),
  log('log-10000-inputs.jsonl', 'the log of a 10,000-input run: must replay', (d) => write(join(d, 'long.jsonl'), longLogText()),
    heavy({ exit: 0, output: /final state: / })),
  log('log-deep-json.jsonl', 'a header of 100,000 nested arrays',
    (d) => write(join(d, 'deep.jsonl'), `{"format":"redline-log","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`), refused(/header/, ':1: ')),
  log('log-folder', 'a folder given as a log', (d) => d, refused(/cannot read: is a folder, not a file/)),
  {
    ...log('log-named-pipe', 'a named pipe given as a log',
      (d) => (execFileSync('mkfifo', [join(d, 'pipe.jsonl')]), join(d, 'pipe.jsonl')), refused(/not a regular file/)),
    ...(hasMkfifo ? {} : { skip: 'no mkfifo here' }),
  },
  { ...log('log-dev-zero', '/dev/zero given as a log', () => '/dev/zero', refused(/not a regular file/)), ...deviceOrSkip('/dev/zero') },
];
