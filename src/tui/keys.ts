import type { Key } from 'ink';

const NAMED: readonly [keyof Key, string][] = [
  ['leftArrow', 'left'], ['rightArrow', 'right'], ['upArrow', 'up'], ['downArrow', 'down'],
  ['home', 'home'], ['end', 'end'], ['pageUp', 'pageup'], ['pageDown', 'pagedown'],
  ['return', 'enter'], ['escape', 'escape'], ['tab', 'tab'], ['backspace', 'backspace'], ['delete', 'backspace'],
];

/**
 * The machine's names for what Ink read from the keyboard: `left`, `enter`,
 * `ctrl+c`, or the printable characters typed (several when pasted).
 *
 * @example toKeys('', { leftArrow: true } as Key) // ['left']
 */
export function toKeys(input: string, key: Key): string[] {
  if (key.ctrl && input === 'c') return ['ctrl+c'];
  for (const [flag, name] of NAMED) if (key[flag]) return [name];
  // Terminals send Esc followed quickly by a key as Alt+key.
  if (key.meta && !key.ctrl && [...input].length === 1 && input >= ' ') return ['escape', input];
  if (key.ctrl || key.meta) return [];
  // A chunk of several characters (typed fast, pasted, sent by tmux) keeps its control characters inline.
  return [...input].flatMap((ch) => {
    const control = CONTROL[ch];
    if (control) return [control];
    return ch >= ' ' ? [ch] : [];
  });
}

const CONTROL: Readonly<Record<string, string>> = {
  '\r': 'enter', '\n': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace', '\x03': 'ctrl+c', '\x1b': 'escape',
};
