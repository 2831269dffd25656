import { count } from './report/format.js';

const WIDTH = 30;
/** A cell filled by eighths, so the bar moves on every chunk, not only every 1/30. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
/** The rate and time left need a moment of runs before they mean anything. */
const SETTLE_MS = 250;

/**
 * A one-line progress bar redrawn in place, with the rate and the time left once they
 * can be told; for a terminal only (the caller decides). `now` is a clock in milliseconds.
 *
 * @example progressBar(write, 10_000, 'runs of baseline').update(2_500)
 *   // ███████▌░░░░░░░░░░░░░░░░░░░░░░ 2,500/10,000 runs of baseline · 1,250/s · 6s left
 */
export function progressBar(write: (text: string) => void, total: number, what: string, now: () => number = () => performance.now()) {
  let shown = '';
  let first: { at: number; done: number } | undefined;
  return {
    update(done: number): void {
      const t = now();
      first ??= { at: t, done };
      const line = `${bar(done, total)} ${count(done)}/${count(total)} ${what}${pace(first, t, done, total)}`;
      if (line === shown) return;
      shown = line;
      write(`\r${line}\x1b[K`);
    },
    end(): void {
      write('\r\x1b[2K');
    },
  };
}

function bar(done: number, total: number): string {
  const eighths = total === 0 ? WIDTH * 8 : Math.min(WIDTH * 8, Math.floor((done / total) * WIDTH * 8));
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8]!;
  return '█'.repeat(full) + part + '░'.repeat(WIDTH - full - (part ? 1 : 0));
}

/** ` · 1,250/s · 6s left`, from the runs done since the first update; empty until a rate can be told. */
function pace(first: { at: number; done: number }, t: number, done: number, total: number): string {
  const ms = t - first.at;
  const runs = done - first.done;
  if (ms < SETTLE_MS || runs <= 0) return '';
  const rate = (runs / ms) * 1000;
  return ` · ${count(Math.round(rate))}/s · ${duration((total - done) / rate)} left`;
}

/** Seconds as `6s`, `4m 05s` or `1h 02m`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
