import { DAY_MS } from '../../machines/record.js';

/** A simulated instant: days since 1970-01-01 (UTC), fractional within a day. */
export type SimTime = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole-day index of a calendar date, or `undefined` when it is not a real date (2024-02-30). */
export function parseDay(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

export function formatDay(time: SimTime): string {
  return new Date(Math.floor(time) * DAY_MS).toISOString().slice(0, 10);
}

/** Inputs happen at midday, so a delay that falls due on the same day is met first. */
export const INPUT_HOUR = 0.5;

export function daysBetween(a: string, b: string): number {
  return (parseDay(b) ?? NaN) - (parseDay(a) ?? NaN);
}
