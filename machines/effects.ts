import type { ActorId } from './actors.js';
import type { InputType } from './inputs.js';
import type { Effects, Force } from './ledger.js';
import type { ParameterName, Params } from './parameters.js';
import { down, up, type Push, type Pushes } from './push.js';

/**
 * What an input of one type does to the ledger unless its scenario writes its own `effects`.
 * A rule with `actors` applies only to inputs of those actors and takes the place of the
 * type's general rule; a type with no rule moves no force (its machines react instead).
 */
export interface EffectRule {
  readonly type: InputType;
  readonly actors?: readonly ActorId[];
  readonly effects: Pushes;
  /** Why inputs of this kind push this way. */
  readonly why: string;
}

const US_OFFICIALS: readonly ActorId[] = ['nsc', 'state', 'pentagon'];

export const EFFECT_RULES: readonly EffectRule[] = [
  { type: 'aid.stalled', effects: { ukraineStocks: down('aidGapDrain') }, why: 'no new US weapons reach Ukraine' },
  { type: 'situation.reported', effects: { ukraineStocks: down('aidGapDrain') }, why: 'a report of the gap: stocks run down' },
  {
    type: 'situation.reported', actors: ['kyiv'], effects: { ukraineStocks: down('aidGapDrain'), russianPressure: up('frontStrainPush') },
    why: 'Kyiv\'s report of its own front: stocks run down, and Russia presses a weaker line',
  },
  { type: 'forces.massed', effects: { russianPressure: up('massingPush') }, why: 'Russian troops gather across the border' },
  { type: 'offensive.launched', effects: { russianPressure: up('offensivePush') }, why: 'a part of a Russian offensive' },
  {
    type: 'strike.conducted', effects: { escalationRisk: up('strikeRisk') },
    why: 'Ukraine\'s own strikes inside Russia could unsettle Moscow: a risk, not a change in the president',
  },
  { type: 'lawmakers.pressed', effects: { congressPressure: up('lobbyPush') }, why: 'a push from the Hill' },
  { type: 'official.appointed', effects: { internalAdvocacy: up('advocacyPush') }, why: 'a new voice inside the administration' },
  { type: 'official.appointed', actors: ['nsc'], effects: {}, why: 'an advocate inside the NSC argues from there: its machine\'s rule (nsc advocateInside)' },
  { type: 'assessment.made', effects: { internalAdvocacy: up('advocacyPush') }, why: 'an agency comes to see value in lifting' },
  { type: 'assessment.made', actors: ['pentagon'], effects: {}, why: 'the Pentagon\'s view is its stance: its machine\'s rule (pentagon seesMilitaryUtility)' },
  { type: 'trip.began', actors: US_OFFICIALS, effects: { internalAdvocacy: up('advocacyPush') }, why: 'a US official sees the war up close' },
  { type: 'briefing.given', effects: { internalAdvocacy: up('advocacyPush') }, why: 'an official makes the case inside' },
  {
    type: 'briefing.given', actors: ['pentagon'], effects: { internalAdvocacy: up('advocacyPush'), congressPressure: up('lobbyPush') },
    why: 'the Pentagon\'s briefings go to Congress, which presses in turn',
  },
];

function findRule(type: InputType, actor: ActorId): EffectRule | undefined {
  let general: EffectRule | undefined;
  for (const rule of EFFECT_RULES) {
    if (rule.type !== type) continue;
    if (!rule.actors) general ??= rule;
    else if (rule.actors.includes(actor)) return rule;
  }
  return general;
}

// Looked up once per type and actor: a sweep asks for every input of every run.
const RULE_OF = new Map<string, EffectRule | undefined>();

/** The rule an input of this type and actor follows: its actor's, else its type's, else none. */
export function effectRule(type: InputType, actor: ActorId): EffectRule | undefined {
  const key = `${type} ${actor}`;
  if (!RULE_OF.has(key)) RULE_OF.set(key, findRule(type, actor));
  return RULE_OF.get(key);
}

/** Pushes with their parameters read from the run's params. */
export function pushEffects(pushes: Pushes, p: Params): Effects {
  const out: Partial<Record<Force, number>> = {};
  for (const [force, push] of Object.entries(pushes) as [Force, Push][]) out[force] = push.sign * p[push.param];
  return out;
}

/** A rule's effects with their parameters read from the run's params. */
export const ruleEffects = (rule: EffectRule | undefined, p: Params): Effects => (rule ? pushEffects(rule.effects, p) : {});

/** The parameters the rules read: the model's default effect sizes. */
export const EFFECT_PARAMETERS: readonly ParameterName[] = [
  ...new Set(EFFECT_RULES.flatMap((r) => Object.values(r.effects).map((push) => push.param))),
];
