import { applyEffects, type Ledger } from '../../machines/index.js';
import { eventName, sourcesBehind } from '../engine/causes.js';
import type { LogEvent, RunResult } from '../engine/types.js';
import { readQuantity, type Quantity } from './quantity.js';

/** One event's share in moving a quantity: the value after it minus the value before it. */
export interface Contribution {
  readonly seq: number;
  readonly date: string;
  /** An input's id or a decision's type. */
  readonly name: string;
  readonly kind: LogEvent['kind'];
  /** The input's summary or what the machine says it did. */
  readonly says: string;
  readonly sources: readonly string[];
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

/**
 * Which events of a run moved a quantity, and by how much, in log order.
 * `upTo` stops after that seq (all events by default). Events that left the
 * quantity where it was are left out.
 *
 * @example
 *   contributions(run, 'kharkivThreat').map((c) => `${c.name} ${c.delta}`)
 *   // ['ukraine-runs-short +0.08', 'russian-forces-mass +0.2', ...]
 */
export function contributions(run: RunResult, quantity: Quantity, upTo = run.events.length): Contribution[] {
  const { params } = run.inputs;
  const out: Contribution[] = [];
  let ledger: Ledger = run.initialLedger;
  for (const e of run.events.slice(0, upTo)) {
    const effects = e.data.effects;
    if (!effects) continue;
    const next = applyEffects(ledger, effects);
    const before = readQuantity(ledger, params, quantity);
    const after = readQuantity(next, params, quantity);
    ledger = next;
    const delta = Math.round((after - before) * 1e6) / 1e6;
    if (delta === 0) continue;
    out.push({
      seq: e.seq, date: e.date, name: eventName(e), kind: e.kind,
      says: e.kind === 'input' ? e.data.summary : e.data.says,
      sources: sourcesBehind(run.events, e), before, after, delta,
    });
  }
  return out;
}
