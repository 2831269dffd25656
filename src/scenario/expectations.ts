import { PRIMARY_SCOPE, type MilestoneId, type Scope } from '../../machines/index.js';
import { foldRun, milestoneDates } from '../engine/evolve.js';
import { recordStates } from '../engine/records.js';
import type { RunResult } from '../engine/types.js';
import { didYouMean } from './errors.js';
import { checkCalendarDate, type FieldProblem } from './event-checks.js';
import { CONDITION_KEYS, type ExpectationFile } from './schema.js';

/**
 * One expectation of a scenario file, in the file's shape: a milestone (or a
 * log event the model records) and one date condition.
 *
 * - `on: D`: reached on D. `before: D` / `after: D`: reached strictly before / after D.
 * - `between: [A, B]`: reached on a day from A to B, both included.
 * - `never: true`: not reached in the run.
 * - A date condition fails for a milestone never reached, unless `orNever: true`
 *   ("after D, or never" is how to say "no earlier than the day after D").
 */
export interface Expectation {
  readonly milestone?: MilestoneId;
  readonly event?: string;
  readonly on?: string;
  readonly before?: string;
  readonly after?: string;
  readonly between?: readonly [string, string];
  readonly never?: true;
  readonly orNever?: boolean;
  /** Which request: the Kharkiv border (the default) or a further scope such as deep-strikes. */
  readonly scope?: Scope;
  /** The line of the expectation in its file, when it came from one. */
  readonly line?: number;
}

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly holds: boolean;
  /** The day the milestone or event first came, or null when it never did. */
  readonly actual: string | null;
}

/** The log event types the model records (`president.deferred`, `decision.leaked`, ...). */
export const recordedEvents = (): readonly string[] => [...recordStates().keys()].sort();

/** What a schema cannot say about an expectation: one subject, one condition, a known event, ordered dates. */
export function checkExpectation(raw: ExpectationFile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const subjects = (['milestone', 'event'] as const).filter((k) => raw[k] !== undefined);
  if (subjects.length !== 1) {
    problems.push({ path: [], message: subjects.length === 0
      ? 'an expectation names a milestone (milestone: final-approval) or a recorded event (event: decision.leaked)'
      : 'an expectation names a milestone or an event, not both' });
  }
  if (raw.event !== undefined && !recordStates().has(raw.event)) {
    const known = recordedEvents();
    problems.push({ path: ['event'], message: `the model records no event "${raw.event}"${didYouMean(raw.event, known)}; recorded events: ${known.join(', ')}` });
  }
  const conditions = CONDITION_KEYS.filter((k) => raw[k] !== undefined);
  if (conditions.length !== 1) {
    problems.push({ path: [], message: `an expectation states exactly one of ${CONDITION_KEYS.join(', ')}; found ${conditions.length === 0 ? 'none' : conditions.join(' and ')}` });
  }
  if (raw.never && raw.orNever !== undefined) {
    problems.push({ path: ['orNever'], message: 'orNever goes with a date condition (after: 2024-05-24, orNever: true), not with never' });
  }
  for (const key of ['on', 'before', 'after'] as const) problems.push(...checkCalendarDate(raw[key], [key]));
  if (raw.between) {
    raw.between.forEach((d, i) => problems.push(...checkCalendarDate(d, ['between', i])));
    if (raw.between[0] > raw.between[1]) {
      problems.push({ path: ['between'], message: `between: the first day (${raw.between[0]}) comes after the second (${raw.between[1]})` });
    }
  }
  return problems;
}

/** Whether a run meets an expectation, and the actual date. */
export function evaluateExpectation(expectation: Expectation, run: RunResult): ExpectationResult {
  const scope = expectation.scope ?? PRIMARY_SCOPE;
  // A milestone is the fold's, per request; an event is the first recorded for that request (or by an actor).
  const actual = expectation.milestone
    ? milestoneDates(foldRun(run), scope)[expectation.milestone]
    : run.events.find((e) => e.kind === 'decision' && e.type === expectation.event
      && (e.data.scope === undefined || e.data.scope === scope))?.date ?? null;
  return { expectation, actual, holds: meets(expectation, actual) };
}

function meets(x: Expectation, actual: string | null): boolean {
  if (x.never) return actual === null;
  if (actual === null) return x.orNever === true;
  if (x.on !== undefined) return actual === x.on;
  if (x.before !== undefined) return actual < x.before;
  if (x.after !== undefined) return actual > x.after;
  if (x.between !== undefined) return actual >= x.between[0] && actual <= x.between[1];
  return false;
}

/** The expectation in words: `final-approval after 2024-05-24, or never`. */
export function describeExpectation(x: Expectation): string {
  const subject = x.milestone ?? x.event!;
  const condition = x.never ? 'never'
    : x.on !== undefined ? `on ${x.on}`
      : x.before !== undefined ? `before ${x.before}`
        : x.after !== undefined ? `after ${x.after}`
          : `between ${x.between![0]} and ${x.between![1]}`;
  return `${subject}${x.scope && x.scope !== PRIMARY_SCOPE ? ` (${x.scope})` : ''} ${condition}${x.orNever ? ', or never' : ''}`;
}
