import type { ChartTransition } from './statechart.js';

/**
 * The label a transition carries in every diagram: what fires it, its guard, its
 * actions; `separator` puts them on lines of their own where a picture wants that.
 *
 * @example transitionLabel(t) // 'always [principalsAgree]', 'after memoDrafting', 'LEDGER_UPDATED / syncLedger'
 */
export function transitionLabel(t: ChartTransition, separator = ' '): string {
  const on = t.trigger.kind === 'event' ? t.trigger.event : t.trigger.kind === 'after' ? `after ${t.trigger.delay}` : 'always';
  return [on, t.guard ? `[${t.guard}]` : t.otherwise ? '[else]' : '', t.actions.length ? `/ ${t.actions.join(', ')}` : ''].filter(Boolean).join(separator);
}
