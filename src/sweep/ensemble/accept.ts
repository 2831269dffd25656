import { MILESTONE_IDS, WINDOWS } from '../../../machines/index.js';
import { parseDay } from '../../engine/dates.js';

/** The record's windows as day numbers, in milestone order. */
const BOUNDS = MILESTONE_IDS.map((id) => [parseDay(WINDOWS[id].from)!, parseDay(WINDOWS[id].to)!] as const);

/**
 * Which milestone of a run (its days, -1 never) misses the record first, or -1
 * when all nine fall in their windows: the acceptance test of calibration.
 */
export function firstMiss(days: ArrayLike<number>, offset = 0): number {
  for (let m = 0; m < BOUNDS.length; m++) {
    const d = days[offset + m]!;
    if (d < BOUNDS[m]![0] || d > BOUNDS[m]![1]) return m;
  }
  return -1;
}

/** Counts, for each milestone, the runs whose date falls outside its window (a run can miss several). */
export function countMisses(days: ArrayLike<number>, offset: number, misses: number[]): void {
  for (let m = 0; m < BOUNDS.length; m++) {
    const d = days[offset + m]!;
    if (d < BOUNDS[m]![0] || d > BOUNDS[m]![1]) misses[m]!++;
  }
}
