import type { ModelEvent } from '../../machines/index.js';
import { INPUT_HOUR, parseDay } from './dates.js';
import { toModelEvent } from './input-events.js';
import type { ScenarioEvent } from './types.js';

/** One input of a scenario, with what every run needs of it worked out once. */
export interface PreparedInput {
  /** Its position in the scenario: ties on the same date keep this order. */
  readonly index: number;
  readonly day: number;
  readonly event: ScenarioEvent;
  readonly model: ModelEvent;
}

/** A scenario's inputs ready for many runs. */
export function prepareInputs(events: readonly ScenarioEvent[]): PreparedInput[] {
  return events.map((event, index) => ({
    index, event, day: parseDay(event.date) ?? NaN, model: toModelEvent(event),
  }));
}

/** An input placed on a run's calendar. */
export interface Timed {
  readonly at: number;
  readonly input: PreparedInput;
}

/** The run's inputs in the order they happen: by date (midday), then by their order in the scenario. */
export function timeline(inputs: readonly PreparedInput[], shiftDays?: ArrayLike<number>, occurs?: ArrayLike<number>): Timed[] {
  const out: Timed[] = [];
  for (const input of inputs) {
    if (occurs && occurs[input.index] === 0) continue;
    out.push({ at: input.day + (shiftDays ? shiftDays[input.index]! : 0) + INPUT_HOUR, input });
  }
  return out.sort((a, b) => a.at - b.at || a.input.index - b.input.index);
}
