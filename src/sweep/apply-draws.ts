import type { ParameterName, Params } from '../../machines/index.js';
import { formatDay, parseDay } from '../engine/dates.js';
import type { RunInputs } from '../engine/types.js';
import type { UncertainInput } from './uncertainty.js';

/**
 * The inputs of one run of a sweep, spelled out as an ordinary scenario run:
 * drawn parameters set, jittered inputs re-dated, inputs that did not occur
 * left out. `simulate` on these gives the run's full log.
 */
export function applyDraws(inputs: RunInputs, uncertainty: readonly UncertainInput[], draws: ArrayLike<number>): RunInputs {
  const params: Record<ParameterName, number> = { ...inputs.params };
  const shift = new Map<number, number>();
  const dropped = new Set<number>();
  uncertainty.forEach((u, i) => {
    const v = draws[i]!;
    if (u.kind === 'parameter') params[u.name] = v;
    else if (u.kind === 'jitter') shift.set(u.index, v);
    else if (v === 0) dropped.add(u.index);
  });
  const events = inputs.events.flatMap((e, i) => {
    if (dropped.has(i)) return [];
    const by = shift.get(i);
    return by ? [{ ...e, date: formatDay(parseDay(e.date)! + by) }] : [e];
  });
  return { ...inputs, params: params as Params, events };
}
