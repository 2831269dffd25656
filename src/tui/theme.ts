import { createContext } from 'react';

/** Roles a piece of text plays; each maps to a colour when colour is on. */
export type Tone = 'title' | 'input' | 'decision' | 'milestone' | 'done' | 'current' | 'ahead' | 'fork' | 'error' | 'info' | 'threshold' | 'muted';

const COLORS: Record<Tone, string> = {
  title: 'cyan', input: 'cyan', decision: 'magenta', milestone: 'yellow', done: 'green', current: 'yellow',
  ahead: 'gray', fork: 'magenta', error: 'red', info: 'green', threshold: 'red', muted: 'gray',
};

export interface Theme {
  readonly color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: false });

/** The colour for a tone, or none when colour is off. */
export function colorOf(theme: Theme, tone: Tone | undefined): string | undefined {
  return theme.color && tone ? COLORS[tone] : undefined;
}

/**
 * Whether to colour: never with `--no-color` (`noColor`) or when NO_COLOR is set
 * (https://no-color.org); always when FORCE_COLOR is set to anything but 0 or false
 * (a pipe too); otherwise as far as the terminal says it can.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, stream: { hasColors?: () => boolean }, noColor = false): boolean {
  if (noColor || env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  return stream.hasColors?.() ?? false;
}
