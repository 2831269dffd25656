import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import '../../src/scenario/zod-locale.js';
import { DAMAGED_LOGS } from './damaged-logs.js';
import { GENERATED } from './generated.js';
import type { HostileCase } from './hostile-case.js';

export const BAD = 'test/fixtures/bad';
const MANIFEST = join(BAD, 'manifest.yaml');

const entrySchema = z.strictObject({
  input: z.optional(z.string()),
  name: z.optional(z.string()),
  tries: z.string().check(z.minLength(1)),
  args: z.optional(z.array(z.string())),
  exit: z.number().check(z.int()),
  error: z.optional(z.string()),
  output: z.optional(z.string()),
  at: z.optional(z.union([z.string(), z.number()])),
  /** The file the first message names, when not the input: `{log}`, `{out}`, or `redline` for a usage error. */
  file: z.optional(z.string()),
});

/** The command each folder's inputs go through unless an entry says otherwise. */
const DEFAULT_ARGS: Readonly<Record<string, readonly string[]>> = {
  scenario: ['run', '{input}'],
  extends: ['run', '{input}'],
  changes: ['run', '{input}'],
  expect: ['run', '{input}'],
  log: ['replay', '{input}'],
  event: ['fork', '{log}', '--at', '33', '--add', '{input}', '-o', '{out}'],
};

/** The committed corpus: every entry of test/fixtures/bad/manifest.yaml. */
export function manifestCases(): HostileCase[] {
  const entries = z.array(entrySchema).parse(parse(readFileSync(MANIFEST, 'utf8')));
  return entries.map((e) => {
    const name = e.input ?? e.name;
    if (!name) throw new Error(`${MANIFEST}: an entry needs input or name (tries: ${e.tries})`);
    const path = e.input ? join(BAD, e.input) : undefined;
    const args = e.args ?? DEFAULT_ARGS[name.split('/')[0]!];
    if (!args) throw new Error(`${MANIFEST}: ${name}: no args and no default for its folder`);
    const input = (a: string) => (path ? a.replaceAll('{input}', path) : a);
    const file = input(e.file ?? (path ? '{input}' : 'redline'));
    return {
      name, tries: e.tries, args: args.map(input), exit: e.exit,
      ...(e.error !== undefined ? { error: new RegExp(e.error) } : {}),
      ...(e.output !== undefined ? { output: new RegExp(e.output) } : {}),
      ...(e.exit === 2 ? { lead: `${file}${e.at !== undefined ? `:${e.at}` : ''}: ` } : {}),
    };
  });
}

/** Every file under test/fixtures/bad/ except the manifest, as paths relative to it. */
export function corpusFiles(): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(BAD, p)];
  });
  return walk(BAD).filter((f) => f !== 'manifest.yaml').sort();
}

/** Everything `test:hostile` tries: the committed corpus, then the inputs built at run time. */
export function allCases(): HostileCase[] {
  return [...manifestCases(), ...GENERATED, ...DAMAGED_LOGS];
}
