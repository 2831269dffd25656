import * as z from 'zod/mini';
import { ACTOR_IDS, FORCE_NAMES, INSTANCES, ROLE_NAMES, isParameterName } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import { parameterValueProblem } from '../scenario/changes.js';
import { dateSchema } from '../scenario/schema.js';
import '../scenario/zod-locale.js';

const isDay = (d: string): boolean => parseDay(d) !== undefined;
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'), z.refine(isDay, 'not a calendar date'));
/** A run is made again from the header's inputs (verify, fork), so they must be what a scenario may hold. */
const inputDay = dateSchema.check(z.refine(isDay, 'not a calendar date'));
const params = z.record(z.string(), z.number()).check(z.superRefine((values, ctx) => {
  for (const [name, value] of Object.entries(values)) {
    const problem = isParameterName(name) ? parameterValueProblem(name, value) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
  }
}));
const actor = z.enum(ACTOR_IDS as [string, ...string[]]);
const machine = z.enum(INSTANCES.map((i) => i.id) as [string, ...string[]]);
const effects = z.partialRecord(z.enum(FORCE_NAMES as [string, ...string[]]), z.number());
const ledger = z.record(z.enum(FORCE_NAMES as [string, ...string[]]), z.number());
const sources = z.array(z.string());
const level = z.optional(z.enum(['principals', 'staff']));
const parties = z.optional(z.array(actor));
const setting = z.optional(z.enum(['public', 'closed']));
const int = z.number().check(z.int());
const seq = int.check(z.gte(1));
const role = z.enum(ROLE_NAMES as [string, ...string[]]);
const reading = z.object({ guard: z.string(), holds: z.boolean(), value: z.number(), threshold: z.number(), margin: z.number() });

/** Who was played and the choices made, in order (version 2). */
const play = z.object({
  roles: z.array(role),
  choices: z.array(z.object({
    role, decision: z.string(), option: z.string(), reason: z.optional(z.string()), machine: z.optional(machine),
  })),
});

/** What a `player.chose` input keeps of the choice. */
const choice = z.object({
  role, machine, state: z.string(), option: z.string(), model: z.string(), guards: z.array(reading), reason: z.optional(z.string()),
});

/** Shape of a scenario input as the header holds it; types are checked again by `verify`. */
const scenarioEvent = z.object({
  id: z.string(), date: inputDay, actor, type: z.string(), summary: z.string(), effects: z.optional(effects), sources, level, parties, setting,
});

/** The current (version 2) header, after upcasting. */
export const headerSchema = z.object({
  format: z.literal('redline-log'),
  version: int,
  redline: z.string(),
  modelHash: z.string(),
  scenario: z.string(),
  seed: z.number(),
  inputs: z.object({
    scenario: z.object({ id: z.string(), title: z.string() }),
    params,
    events: z.array(scenarioEvent),
    seed: z.number(),
    overrides: z.optional(z.record(z.string(), z.number())),
    play: z.optional(play),
  }),
  initialLedger: ledger,
  initialStates: z.record(machine, z.record(z.string(), z.string())),
});

const envelope = { seq, date: day, type: z.string().check(z.minLength(1)), actor, sources };

/** One event line of the current version. */
export const eventSchema = z.discriminatedUnion('kind', [
  z.object({
    ...envelope, kind: z.literal('input'), cause: z.null(),
    data: z.object({ id: z.string(), summary: z.string(), effects, override: z.optional(z.literal(true)), level, parties, setting, choice: z.optional(choice) }),
  }),
  z.object({
    ...envelope, kind: z.literal('decision'), cause: z.nullable(seq),
    data: z.looseObject({ machine, state: z.string(), says: z.string(), effects: z.optional(effects) }),
  }),
]);

/** The first problem zod found, said in one line. */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
