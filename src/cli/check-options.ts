import { parseCommandArgs } from './parse-command-args.js';
import { UsageError } from './io.js';
import type { CommandSpec } from './registry.js';

/**
 * A command's arguments checked against its option table before its module loads: unknown options
 * and whole-number options out of range are usage errors that name the option and what it takes.
 * A negative number after any option that takes a value (`--runs -5`, `--at -5`) is read as its value, so the message says
 * what the option takes rather than that the value looks like an option.
 */
export function checkOptions(spec: CommandSpec, args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = arg.startsWith('--') ? spec.options[arg.slice(2)] : undefined;
    const next = args[i + 1];
    if (option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  const { values } = parseCommandArgs(joined, spec.options);
  for (const [name, option] of Object.entries(spec.options)) {
    const raw = values[name];
    if (option.whole && typeof raw === 'string') wholeNumber(name, raw, 0, ...option.whole);
  }
  return joined;
}

/** A whole number option within bounds, or a usage error that says what was expected. */
export function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}; found "${raw}"`);
  return n;
}
