import { z } from 'zod';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPE_NAMES, MILESTONE_IDS, SCOPE_NAMES } from '../../machines/index.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().regex(ID, 'an id in kebab-case, like "kharkiv-offensive-begins"');
/** Years far enough either side of 2024 for any what-if, near enough that a run's delays stay four-digit years. */
export const dateSchema = z.string().regex(/^(?:19|2[01])\d{2}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD, in the years 1900 to 2199');
const actorSchema = z.enum(ACTOR_IDS as [string, ...string[]]);

export const effectsSchema = z.preprocess(
  // A record drops a "__proto__" key without a word; report it like any other unknown force.
  (v, ctx) => {
    if (v !== null && typeof v === 'object' && Object.hasOwn(v, '__proto__')) ctx.issues.push({ code: 'unrecognized_keys', keys: ['__proto__'], input: v as Record<string, unknown> });
    return v;
  },
  z.partialRecord(z.enum(FORCE_NAMES as [string, ...string[]]), z.number().min(-1).max(1)),
);

export const eventSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  actor: actorSchema,
  type: z.enum(INPUT_TYPE_NAMES as [string, ...string[]]),
  summary: z.string().min(1).max(300),
  effects: effectsSchema.default({}),
  sources: z.array(z.string()).default([]),
  level: z.enum(['principals', 'staff']).optional(),
  parties: z.array(actorSchema).min(1).optional(),
  setting: z.enum(['public', 'closed']).optional(),
  scope: z.enum(SCOPE_NAMES as [string, ...string[]]).optional(),
});

/**
 * A scenario file. A root scenario lists its `events`; a what-if `extends` a
 * parent and lists `changes` to it. Each change and each expectation is
 * checked on its own (`CHANGE_SCHEMAS`, `expectationSchema`) so every bad
 * item is reported, each at its own line.
 */
export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(200),
  summary: z.string().min(1),
  seed: z.number().int().min(0).optional(),
  extends: z.string().min(1).optional(),
  events: z.array(z.unknown()).optional(),
  changes: z.array(z.unknown()).optional(),
  expect: z.array(z.unknown()).optional(),
  // Parsed by src/sweep/uncertainty.ts, which locates its own problems.
  uncertainty: z.array(z.unknown()).optional(),
});

export const CHANGE_SCHEMAS = {
  move: z.strictObject({ move: idSchema, to: dateSchema }),
  remove: z.strictObject({ remove: idSchema }),
  add: z.strictObject({ add: eventSchema }),
  set: z.strictObject({ set: z.strictObject({ parameter: z.string().min(1), value: z.number() }) }),
} as const;

export type ChangeKind = keyof typeof CHANGE_SCHEMAS;
export const CHANGE_KINDS = Object.keys(CHANGE_SCHEMAS) as ChangeKind[];

/** The date conditions an expectation may state; exactly one per expectation. */
export const CONDITION_KEYS = ['on', 'before', 'after', 'between', 'never'] as const;

export const expectationSchema = z.strictObject({
  milestone: z.enum(MILESTONE_IDS as [string, ...string[]]).optional(),
  event: z.string().min(1).optional(),
  on: dateSchema.optional(),
  before: dateSchema.optional(),
  after: dateSchema.optional(),
  between: z.tuple([dateSchema, dateSchema]).optional(),
  never: z.literal(true).optional(),
  scope: z.enum(SCOPE_NAMES as [string, ...string[]]).optional(),
  orNever: z.boolean().optional(),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type EventFile = z.infer<typeof eventSchema>;
export type ExpectationFile = z.infer<typeof expectationSchema>;
