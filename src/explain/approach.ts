import { applyEffects, readGuard, type GuardName, type GuardReading, type Ledger } from '../../machines/index.js';
import { eventName } from '../engine/causes.js';
import type { RunResult } from '../engine/types.js';

/** The reading of a guard at one point of a run: after event `seq` (0: before any). */
export interface ReadingAt {
  readonly reading: GuardReading;
  readonly seq: number;
  readonly date: string | null;
  /** The event after which the reading was taken. */
  readonly after: string | null;
}

export interface Approach {
  /** The best margin the guard reached in the window; the earliest point on a tie. */
  readonly closest: ReadingAt;
  /** The reading when the window closes. */
  readonly last: ReadingAt;
}

/** How near a guard came to holding between two points of a run (after `from`, up to `to`). */
export function closestApproach(run: RunResult, guard: GuardName, from = 0, to = run.events.length): Approach {
  const { params } = run.inputs;
  let ledger: Ledger = run.initialLedger;
  const at = (seq: number): ReadingAt => {
    const e = run.events[seq - 1];
    return { reading: readGuard(guard, ledger, params), seq, date: e?.date ?? null, after: e ? eventName(e) : null };
  };
  for (const e of run.events.slice(0, from)) if (e.data.effects) ledger = applyEffects(ledger, e.data.effects);
  let closest = at(from);
  for (let seq = from + 1; seq <= to; seq++) {
    const effects = run.events[seq - 1]!.data.effects;
    if (!effects) continue;
    ledger = applyEffects(ledger, effects);
    const now = at(seq);
    if (now.reading.margin > closest.reading.margin) closest = now;
  }
  return { closest, last: at(to) };
}
