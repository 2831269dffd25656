import * as z from 'zod/mini';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPE_NAMES, MILESTONE_IDS, SCOPE_NAMES } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import './zod-locale.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().check(z.regex(ID, 'an id in kebab-case, like "kharkiv-offensive-begins"'));
/** Years far enough either side of 2024 for any what-if, near enough that a run's delays stay four-digit years. */
export const dateSchema = z.string().check(z.regex(/^(?:19|2[01])\d{2}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD, in the years 1900 to 2199'));
/** A day a scenario may hold: a calendar date in `dateSchema`'s years (what a fork may move or add an event to). */
export const isScenarioDay = (d: string): boolean => parseDay(d) !== undefined && dateSchema.safeParse(d).success;
const actorSchema = z.enum(ACTOR_IDS as [string, ...string[]]);
const nonEmpty = z.string().check(z.minLength(1));

export const effectsSchema = z.pipe(
  // A record drops a "__proto__" key without a word; report it like any other unknown force.
  z.transform((v: unknown, ctx) => {
    if (v !== null && typeof v === 'object' && Object.hasOwn(v, '__proto__')) ctx.issues.push({ code: 'unrecognized_keys', keys: ['__proto__'], input: v as Record<string, unknown> });
    return v;
  }),
  z.partialRecord(z.enum(FORCE_NAMES as [string, ...string[]]), z.number().check(z.gte(-1), z.lte(1))),
);

export const eventSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  actor: actorSchema,
  type: z.enum(INPUT_TYPE_NAMES as [string, ...string[]]),
  summary: nonEmpty.check(z.maxLength(300)),
  // Absent: the defaults for the type and actor (machines/effects.ts); written: an override.
  effects: z.optional(effectsSchema),
  sources: z._default(z.array(z.string()), []),
  level: z.optional(z.enum(['principals', 'staff'])),
  parties: z.optional(z.array(actorSchema).check(z.minLength(1))),
  setting: z.optional(z.enum(['public', 'closed'])),
  scope: z.optional(z.enum(SCOPE_NAMES as [string, ...string[]])),
});

/**
 * A scenario file. A root scenario lists its `events`; a what-if `extends` a
 * parent and lists `changes` to it. Each change and each expectation is
 * checked on its own (`CHANGE_SCHEMAS`, `expectationSchema`) so every bad
 * item is reported, each at its own line.
 */
export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: nonEmpty.check(z.maxLength(200)),
  summary: nonEmpty,
  seed: z.optional(z.number().check(z.int(), z.gte(0))),
  extends: z.optional(nonEmpty),
  events: z.optional(z.array(z.unknown())),
  changes: z.optional(z.array(z.unknown())),
  expect: z.optional(z.array(z.unknown())),
  // Parsed by src/sweep/uncertainty.ts, which locates its own problems.
  uncertainty: z.optional(z.array(z.unknown())),
});

export const CHANGE_SCHEMAS = {
  move: z.strictObject({ move: idSchema, to: dateSchema }),
  remove: z.strictObject({ remove: idSchema }),
  add: z.strictObject({ add: eventSchema }),
  set: z.strictObject({ set: z.strictObject({ parameter: nonEmpty, value: z.number() }) }),
} as const;

export type ChangeKind = keyof typeof CHANGE_SCHEMAS;
export const CHANGE_KINDS = Object.keys(CHANGE_SCHEMAS) as ChangeKind[];

/** The date conditions an expectation may state; exactly one per expectation. */
export const CONDITION_KEYS = ['on', 'before', 'after', 'between', 'never'] as const;

export const expectationSchema = z.strictObject({
  milestone: z.optional(z.enum(MILESTONE_IDS as [string, ...string[]])),
  event: z.optional(nonEmpty),
  on: z.optional(dateSchema),
  before: z.optional(dateSchema),
  after: z.optional(dateSchema),
  between: z.optional(z.tuple([dateSchema, dateSchema])),
  never: z.optional(z.literal(true)),
  scope: z.optional(z.enum(SCOPE_NAMES as [string, ...string[]])),
  orNever: z.optional(z.boolean()),
  // A share of an ensemble's members; its bounds are checked by checkExpectation, which names the fix.
  share: z.optional(z.strictObject({ atLeast: z.optional(z.number()), atMost: z.optional(z.number()) })),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type EventFile = z.infer<typeof eventSchema>;
export type ExpectationFile = z.infer<typeof expectationSchema>;
