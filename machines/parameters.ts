/**
 * Every threshold, weight, delay and starting value of the model, in one place.
 *
 * Each entry says what it is, why it has this value, which report it rests on
 * (source keys of `sources.yaml`) and how the number was chosen. Scenarios may
 * override any value by name with a `set` change; nothing else in the model
 * holds a number.
 */
export type ParameterUnit = 'level' | 'weight' | 'threshold' | 'margin' | 'days' | 'step';

export interface ParameterSpec {
  readonly value: number;
  readonly unit: ParameterUnit;
  /** What the parameter stands for and why it has this value. */
  readonly reason: string;
  /** Source keys of the reports the reason rests on. */
  readonly sources: readonly string[];
  /** How the number was arrived at: read from a report, judged, or calibrated. */
  readonly chosen: string;
}

const spec = (
  value: number,
  unit: ParameterUnit,
  reason: string,
  sources: readonly string[],
  chosen: string,
): ParameterSpec => ({ value, unit, reason, sources, chosen });

export const PARAMETERS = {
  // --- The world in autumn 2023, before the first input event -------------
  initialRussianPressure: spec(0.2, 'level',
    'Russian pressure on the Kharkiv border before the 2024 build-up: shelling, no ground push.',
    ['politico-2024-05-31'], 'judged: low, since the reports date the build-up to mid-April 2024'),
  initialUkraineStocks: spec(0.7, 'level',
    'Ukraine\'s ammunition and air-defence stocks while US aid still flowed in 2023.',
    ['wapo-2024-05-30', 'politico-2024-05-31'], 'judged: adequate but not full; the gap begins in the autumn'),
  initialAlliedIsolation: spec(0, 'level',
    'No ally had publicly lifted its own limits before May 2024, so Washington was not isolated.',
    ['wapo-2024-05-30'], 'read: Cameron on 05-03 is the first allied move the reports name'),
  initialCongressPressure: spec(0.1, 'level',
    'Some lawmakers long thought the White House overly cautious on munitions (Himes).',
    ['politico-2024-05-31'], 'judged: present but quiet before the Kharkiv offensive'),
  initialInternalAdvocacy: spec(0.2, 'level',
    'Advocates for Kyiv inside the administration before Carpenter and the Pentagon\'s review.',
    ['politico-2024-05-31'], 'judged: low; the reports date the shift to March-May 2024'),
  initialEscalationRisk: spec(0.5, 'level',
    'Fear that strikes inside Russia with US arms would provoke Moscow: the reason for the unwritten ban since 2022.',
    ['politico-2024-05-31', 'ap-2024-05-31', 'wapo-2024-05-30'], 'judged: the midpoint, a live but not dominant fear'),
  initialPresidentCaution: spec(0.7, 'level',
    'Biden\'s caution on escalation, "steadfast" since 2022 yet moved before (Stingers, HIMARS, Abrams, F-16s).',
    ['ap-2024-05-31', 'wapo-2024-05-30', 'politico-2024-05-31'], 'judged: high, not absolute, since he had reversed himself before'),

  // --- How the forces combine -------------------------------------------
  stockCushion: spec(0.6, 'weight',
    'How much full stocks blunt a Russian push: with ammunition and interceptors Kharkiv can hold without counterfire.',
    ['politico-2024-05-31', 'wapo-2024-05-30', 'ap-2024-05-31'],
    'judged: the reports tie the danger to the aid gap, but say the front stayed weak after aid resumed (W30), so stocks blunt the threat by at most 60%'),
  weightThreat: spec(0.4, 'weight',
    'Share of the case for lifting carried by the danger to Kharkiv: the reports call it the decisive force.',
    ['politico-2024-05-31', 'politico-2024-05-30', 'wapo-2024-05-30'], 'judged: the largest single weight'),
  weightIsolation: spec(0.2, 'weight',
    'Share carried by allies moving ahead of Washington ("more than a dozen countries").',
    ['politico-2024-05-31', 'wapo-2024-05-30'], 'judged: W30 names European pressure among the three causes'),
  weightCongress: spec(0.15, 'weight',
    'Share carried by bipartisan pressure from Congress (letters, calls to Sullivan).',
    ['politico-2024-05-31', 'politico-2024-05-30'], 'judged: real but indirect; Congress does not decide'),
  weightAdvocacy: spec(0.25, 'weight',
    'Share carried by advocates inside the administration (Carpenter, the Pentagon, Blinken).',
    ['politico-2024-05-31', 'ap-2024-05-31', 'wapo-2024-05-30'], 'judged: second to the threat; W30 names Blinken\'s trip among the three causes'),
  weightCaution: spec(0.5, 'weight',
    'Share of the restraint that is the president\'s own caution.',
    ['ap-2024-05-31', 'wapo-2024-05-30'], 'judged: equal to the escalation risk itself'),
  weightEscalation: spec(0.5, 'weight',
    'Share of the restraint that is the perceived risk of Russian escalation.',
    ['wapo-2024-05-30', 'ap-2024-05-31'], 'judged: equal to the president\'s caution'),

  saturationKnee: spec(0.8, 'level',
    'Up to this level a force counts as written; above it each push counts for less, bending toward 1 (see ledger.ts `felt`). The reports call the May offensive the worst threat to Kharkiv, yet a later push (a second wave, more glide bombs) would still have weighed.',
    ['politico-2024-05-31', 'wapo-2024-05-30'], 'judged: the top fifth of the scale, above every level the record gives a force before the offensive (0.7 at most), so only the offensive reaches it'),

  // --- Guards: who decides, and on what ----------------------------------
  kyivRequestThreat: spec(0.6, 'threshold',
    'Kyiv makes a formal request once the danger to Kharkiv is acute: Ukrainian lawmakers bet on one big ask per trip.',
    ['politico-2024-05-31'], 'judged: above the mid-April massing alone (0.47), below the offensive (0.85)'),
  advisorsSupportThreshold: spec(0.45, 'threshold',
    'Sullivan, Austin and Brown agree to recommend when the case for lifting is substantial; the Pentagon had weighed "military utility" since April.',
    ['politico-2024-05-31', 'ap-2024-05-31', 'wapo-2024-05-30'], 'judged: a bit under half the scale, since advisors carry no final responsibility'),
  inPrincipleMargin: spec(-0.1, 'margin',
    'The president agrees in principle when the case comes within this margin of the restraint; an in-principle yes still waits on due diligence.',
    ['ap-2024-05-31', 'wapo-2024-05-30'], 'judged: a yes in principle commits to nothing, so it need not yet outweigh the risks'),
  refusalMargin: spec(-0.3, 'margin',
    'Below this, the president says no outright instead of deferring.',
    ['politico-2024-05-31'], 'judged: he had said no to cross-border use for two years; a large gap means a plain no'),
  dueDiligenceRestraint: spec(0.4, 'threshold',
    'A president whose restraint is at least this high asks for details and risks to be worked through before a final yes.',
    ['ap-2024-05-31', 'wapo-2024-05-30'], 'judged: any restraint above the low range triggers the review Biden asked for'),
  principalsSupportThreshold: spec(0.55, 'threshold',
    'The principals Sullivan convenes all agree to move forward when the case is stronger than the advisors needed.',
    ['ap-2024-05-31'], 'judged: above the advisors\' bar, since the whole cabinet must agree'),
  finalApprovalMargin: spec(0, 'margin',
    'After due diligence the president signs off only when the case outweighs the restraint.',
    ['ap-2024-05-31', 'wapo-2024-05-30'], 'judged: the neutral point, the plainest reading of "worked through the risks"'),
  isolationThreshold: spec(0.4, 'threshold',
    'Allied moves at which Washington stands visibly alone among the big suppliers.',
    ['politico-2024-05-31', 'wapo-2024-05-30'], 'judged: Cameron, NATO\'s chief and France together'),

  deepStrikeRestraintPremium: spec(0.3, 'step',
    'Extra restraint for long-range strikes deep inside Russia: the policy on them "has not changed" and Ukraine was not asking for a blanket change.',
    ['wapo-2024-05-30', 'politico-2024-05-30', 'ap-2024-05-31'], 'judged: enough that the May case, which carried the border lift, falls well short for deep strikes'),

  // --- Delays on the simulated calendar ----------------------------------
  recommendationDraftingDays: spec(2, 'days',
    'Turning a consensus into a decision memo for the president: the 05-13 consensus reached Biden on 05-15.',
    ['ap-2024-05-31', 'wapo-2024-05-30'], 'read: the one memo step the reports date; reused for the principals\' consensus'),
  dueDiligenceDays: spec(7, 'days',
    'Working through details and risks before the principals meet: Sullivan convened them "the following week".',
    ['ap-2024-05-31'], 'read: one week'),
  letterDraftingDays: spec(3, 'days',
    'From sign-off to the classified letter that lists which weapons may be used, where and when.',
    ['politico-2024-05-31', 'wapo-2024-05-30'],
    'calibrated: no report gives a duration; W30 puts the sign-off "several days" before 05-30 and P31 the green light early in the week of 05-27'),
  operationalPlanningDays: spec(3, 'days',
    'The quiet period: both sides keep the decision quiet while Ukraine plans; then the policy takes effect.',
    ['politico-2024-05-31', 'wapo-2024-05-30'], 'calibrated: the reports give no duration; the letter came early that week and the policy took effect on 05-30'),
  paceMaxCut: spec(0.5, 'step',
    'The most urgency can take off a process step (the memo, due diligence, the letter, operational planning): a case far past the final bar is worked faster, down to half the recorded time (see pace.ts). The reports say the answer can come "that day, in a week or months", and that the coalition raced as the assault went on.',
    ['politico-2024-05-31', 'wapo-2024-05-30'],
    'judged: the record\'s durations were already a race (P31), so at most half could come off; urgency is read on the scale of the step from the in-principle bar to the final bar, so no second number sets it'),
  aidToFrontDays: spec(42, 'days',
    'From the supplemental\'s signing to supplies that change the front: W30 says the front was still weak a month after aid resumed.',
    ['wapo-2024-05-30', 'ap-2024-05-31'], 'judged: about six weeks, longer than the month the reports show without relief'),
  aidRestoresStocks: spec(0.4, 'step',
    'How far the supplemental\'s deliveries refill Ukraine\'s stocks once they reach the front.',
    ['wapo-2024-05-30', 'politico-2024-05-31'], 'judged: most of what the aid gap drained (0.45), not all, given Europe\'s slow production (A31)'),
} as const satisfies Record<string, ParameterSpec>;

export type ParameterName = keyof typeof PARAMETERS;
export type Params = Readonly<Record<ParameterName, number>>;

export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[];

/** The model's default parameter values, to be overridden by a scenario's `set` changes. */
export function defaultParams(): Params {
  const out = {} as Record<ParameterName, number>;
  for (const name of PARAMETER_NAMES) out[name] = PARAMETERS[name].value;
  return out;
}

export function isParameterName(name: string): name is ParameterName {
  return Object.prototype.hasOwnProperty.call(PARAMETERS, name);
}
