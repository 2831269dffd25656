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
  /**
   * Over an ensemble's members: the share of members in which the condition
   * holds, at least and/or at most so much (0..1). Without it an expectation
   * means the single run.
   */
  readonly share?: ShareBounds;
  /** The line of the expectation in its file, when it came from one. */
  readonly line?: number;
}

export interface ShareBounds {
  readonly atLeast?: number;
  readonly atMost?: number;
}

export interface ExpectationResult {
  readonly expectation: Expectation;
  readonly holds: boolean;
  /** The day the milestone or event first came in the single run, or null when it never did. */
  readonly actual: string | null;
  /** For a share expectation: the members in which the condition holds, of how many, and whose they are. */
  readonly share?: { readonly holding: number; readonly members: number; readonly source: string };
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
  if (raw.share) problems.push(...checkShare(raw));
  for (const key of ['on', 'before', 'after'] as const) problems.push(...checkCalendarDate(raw[key], [key]));
  if (raw.between) {
    raw.between.forEach((d, i) => problems.push(...checkCalendarDate(d, ['between', i])));
    if (raw.between[0] > raw.between[1]) {
      problems.push({ path: ['between'], message: `between: the first day (${raw.between[0]}) comes after the second (${raw.between[1]})` });
    }
  }
  return problems;
}

const SHARE_EXAMPLE = 'share: { atLeast: 0.8 } (a share of members from 0 to 1)';

/** A share's bounds: at least one, each a share from 0 to 1, in order; over milestones of the Kharkiv request, as members run them. */
function checkShare(raw: ExpectationFile): FieldProblem[] {
  const share = raw.share!;
  const problems: FieldProblem[] = [];
  const bounds = (['atLeast', 'atMost'] as const).filter((k) => share[k] !== undefined);
  if (bounds.length === 0) problems.push({ path: ['share'], message: `share: give atLeast and/or atMost, e.g. ${SHARE_EXAMPLE}` });
  for (const k of bounds) {
    const v = share[k]!;
    if (!(v >= 0 && v <= 1)) problems.push({ path: ['share', k], message: `share.${k}: ${v} is not a share of members; write one from 0 to 1 (80% is 0.8), e.g. ${SHARE_EXAMPLE}` });
  }
  if (bounds.length === 2 && share.atLeast! > share.atMost!) {
    problems.push({ path: ['share'], message: `share: atLeast (${share.atLeast}) is more than atMost (${share.atMost}); no share can hold both` });
  }
  if (raw.event !== undefined) problems.push({ path: ['share'], message: 'share: an ensemble\'s members are run for their milestones; a share expectation names a milestone, not a recorded event' });
  if (raw.scope !== undefined && raw.scope !== PRIMARY_SCOPE) problems.push({ path: ['share'], message: `share: an ensemble's members are run for the ${PRIMARY_SCOPE} request's milestones; a share expectation cannot name scope ${raw.scope}` });
  return problems;
}

/** Whether a day (null: never) meets an expectation's condition: what a share expectation counts member by member. */
export const meetsCondition = (x: Expectation, actual: string | null): boolean => meets(x, actual);

/** Whether the share of members holding meets a share expectation's bounds. */
export const shareHolds = (b: ShareBounds, share: number): boolean => (b.atLeast === undefined || share >= b.atLeast) && (b.atMost === undefined || share <= b.atMost);

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
  const share = !x.share ? '' : ` in ${[x.share.atLeast !== undefined ? `≥ ${pct(x.share.atLeast)}` : '', x.share.atMost !== undefined ? `≤ ${pct(x.share.atMost)}` : ''].filter(Boolean).join(' and ')} of members`;
  return `${subject}${x.scope && x.scope !== PRIMARY_SCOPE ? ` (${x.scope})` : ''} ${condition}${x.orNever ? ', or never' : ''}${share}`;
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
