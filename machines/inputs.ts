import type { ModelEventType } from './events.js';

/**
 * The input event types a scenario may use: dated world events the model does
 * not decide. Each names the machine event it becomes. A decision is never an
 * input: the machines take decisions when their guards hold.
 */
export const INPUT_TYPES = {
  'call.held': { event: 'CHANNEL_OPENED', channel: 'call', about: 'a call between officials; carries a request when principals are on it' },
  'trip.began': { event: 'CHANNEL_OPENED', channel: 'trip', about: 'a visit that puts officials in the same room' },
  'meeting.held': { event: 'CHANNEL_OPENED', channel: 'meeting', about: 'a meeting of officials or allies' },
  'remarks.made': { event: 'REMARKS_MADE', about: 'an official speaks, in public or behind closed doors' },
  'story.published': { event: 'STORY_PUBLISHED', about: 'the press reports on the decision' },
  'forces.massed': { event: 'FORCES_MASSED', about: 'Russian forces gather near the border' },
  'offensive.launched': { event: 'OFFENSIVE_LAUNCHED', about: 'a Russian ground or air offensive begins' },
  'threat.issued': { event: 'THREAT_ISSUED', about: 'a Russian warning of escalation' },
  'strike.conducted': { event: 'STRIKE_CONDUCTED', about: 'Ukraine strikes inside Russia with its own weapons' },
  'aid.stalled': { event: 'AID_STALLED', about: 'US military aid stops or runs out' },
  'supplemental.passed': { event: 'SUPPLEMENTAL_PASSED', about: 'a chamber of Congress passes the aid bill' },
  'supplemental.signed': { event: 'SUPPLEMENTAL_SIGNED', about: 'the aid bill becomes law; deliveries start' },
  'lawmakers.pressed': { event: 'LAWMAKERS_PRESSED', about: 'lawmakers lobby or write to the administration' },
  'ally.moved': { event: 'ALLY_MOVED', about: 'an ally lifts its own limits or speaks for lifting' },
  'briefing.given': { event: 'BRIEFING_GIVEN', about: 'an official briefs the president or Congress' },
  'assessment.made': { event: 'ASSESSMENT_MADE', about: 'an agency forms a view (e.g. military utility)' },
  'official.appointed': { event: 'OFFICIAL_APPOINTED', about: 'a new official takes up a post' },
  'situation.reported': { event: 'SITUATION_REPORTED', about: 'a report of conditions at the front or in Kharkiv' },
  'aim.widened': { event: 'AIM_WIDENED', about: 'Kyiv sets its sights on a wider permission (its `scope`, e.g. deep-strikes)' },
} as const satisfies Record<string, { event: ModelEventType; channel?: 'call' | 'trip' | 'meeting'; about: string }>;

export type InputType = keyof typeof INPUT_TYPES;
export const INPUT_TYPE_NAMES = Object.keys(INPUT_TYPES) as InputType[];

export function isInputType(name: string): name is InputType {
  return Object.prototype.hasOwnProperty.call(INPUT_TYPES, name);
}
