import { MILESTONE_IDS } from '../../machines/milestones.js';
import type { OptionSpec } from './options.js';
import { COMMANDS, type CommandSpec } from './registry.js';

const TITLE = 'redline: how Washington moved from "no" to "yes" on Ukraine\'s cross-border strikes near Kharkiv, May 2024';
const COLUMN = 42;
const WIDTH = 100;

export const EXIT_CODES = 'Exit codes: 0 ok, 1 an expectation or verification failed, 2 bad input or usage.';
export const STDIN_HELP = 'A file given as "-" is read from standard input (cat s.yaml | redline run -); messages call it <stdin>.';

/** `redline help`: every command's synopses, each with its summary in a column. */
export function globalHelp(): string {
  const lines = [TITLE, '', 'Usage:'];
  for (const c of COMMANDS) lines.push(...entry(c.usage.map((u) => `redline ${u}`), c.summary));
  lines.push(...entry(['redline help [<command>]'], 'this text, or one command\'s (as redline <command> --help)'));
  lines.push(...entry(['redline --version'], ''));
  const milestones = wrap(`Milestones: ${MILESTONE_IDS.join(', ')}.`, WIDTH, '  ');
  lines.push('', EXIT_CODES, STDIN_HELP, milestones[0]!.trimStart(), ...milestones.slice(1));
  return lines.join('\n');
}

/** A command's details, loaded when they are read from the machines. */
export async function detailsOf(c: CommandSpec): Promise<string | undefined> {
  return typeof c.details === 'function' ? c.details() : c.details;
}

/** `redline CMD --help`: its summary, synopses, options with their values and defaults, examples. */
export async function commandHelp(c: CommandSpec): Promise<string> {
  const lines = [`redline ${c.name}: ${c.summary}`, '', 'Usage:', ...c.usage.map((u) => `  redline ${u}`)];
  const details = await detailsOf(c);
  if (details) lines.push('', ...details.split('\n'));
  // Every command that reads a file takes "-" for it, but tui, whose keys come from standard input.
  if (c.name !== 'tui' && typeof c.operands === 'string') lines.push('', ...wrap(STDIN_HELP, WIDTH, ''));
  const rows = [...Object.entries(c.options).map(([name, o]) => [optionName(name, o), optionHelp(o)] as const), ['-h, --help', 'this text'] as const];
  const width = Math.max(...rows.map(([n]) => n.length)) + 2;
  lines.push('', 'Options:', ...rows.flatMap(([n, h]) => wrap(h, WIDTH - width - 2, ' '.repeat(width + 2)).map((l, i) => (i === 0 ? `  ${n.padEnd(width)}${l.trimStart()}` : l))));
  if (c.examples.length > 0) lines.push('', 'Examples:', ...c.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** `-o, --output FILE`, as help and docs/cli.md show an option. */
export function optionName(name: string, o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
}

/** What an option does, with its bounds and default. */
export function optionHelp(o: OptionSpec): string {
  const notes = [o.whole ? `${o.whole[0]} to ${o.whole[1]}` : '', o.fallback ? `default: ${o.fallback}` : ''].filter(Boolean);
  return `${o.help}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** A synopsis with its summary beside it in the column when it fits, else under it. */
function entry(usage: readonly string[], summary: string): string[] {
  const pad = ' '.repeat(COLUMN);
  const text = summary ? wrap(summary, WIDTH - COLUMN, pad) : [];
  const head = usage.map((u) => `  ${u}`);
  const last = head[head.length - 1]!;
  if (text.length > 0 && last.length < COLUMN) return [...head.slice(0, -1), last.padEnd(COLUMN) + text[0]!.trimStart(), ...text.slice(1)];
  return [...head, ...text];
}

/** Words filled to `width`, each line after `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
