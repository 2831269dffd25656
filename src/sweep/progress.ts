import { count } from './report/format.js';

const WIDTH = 30;

/** A one-line progress bar redrawn in place; for a terminal only (the caller decides). */
export function progressBar(write: (text: string) => void, total: number, what: string) {
  let shown = -1;
  return {
    update(done: number): void {
      const filled = total === 0 ? WIDTH : Math.floor((done / total) * WIDTH);
      if (filled === shown && done !== total) return;
      shown = filled;
      write(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${count(done)}/${count(total)} ${what}`);
    },
    end(): void {
      write('\r\x1b[2K');
    },
  };
}
