import { useInput } from 'ink';
import { toKeys } from './keys.js';

/** Sends every key the terminal reads to the TUI machine as `KEY` events. */
export function useKeys(send: (event: { type: 'KEY'; key: string }) => void): void {
  useInput((input, key) => {
    for (const k of toKeys(input, key)) send({ type: 'KEY', key: k });
  });
}
