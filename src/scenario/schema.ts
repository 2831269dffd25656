import { z } from 'zod';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPE_NAMES, SCOPE_NAMES } from '../../machines/index.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().regex(ID, 'an id in kebab-case, like "kharkiv-offensive-begins"');
/** Years far enough either side of 2024 for any what-if, near enough that a run's delays stay four-digit years. */
export const dateSchema = z.string().regex(/^(?:19|2[01])\d{2}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD, in the years 1900 to 2199');
const actorSchema = z.enum(ACTOR_IDS as [string, ...string[]]);

export const effectsSchema = z.partialRecord(
  z.enum(FORCE_NAMES as [string, ...string[]]),
  z.number().min(-1).max(1),
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

export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(200),
  summary: z.string().min(1),
  seed: z.number().int().min(0).optional(),
  events: z.array(eventSchema).default([]),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type EventFile = z.infer<typeof eventSchema>;
