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
  isolationEasesCaution: spec(0.05, 'step',
    'What standing alone among the big suppliers takes off the president\'s own caution: his risk appetite had changed before "under pressure from Kyiv and European allies" (W30), and the administration\'s isolation grew as France, NATO\'s chief and the UK spoke (P31).',
    ['wapo-2024-05-30', 'politico-2024-05-31'],
    'judged: the size of what one Russian warning adds to his caution (threatCaution), since the reports set the allies\' pressure and Putin\'s warnings against each other and weigh neither above the other'),

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
  operationalPlanningDays: spec(4, 'days',
    'The quiet period: both sides keep the decision quiet while Ukraine plans; then the policy takes effect.',
    ['politico-2024-05-31', 'wapo-2024-05-30'], 'calibrated: the reports give no duration; the letter came early that week (05-27) and the policy took effect on 05-30. By the letter Washington stands alone among its allies and the case is well past the final bar, so urgency takes a day off: 4 days worked in the record\'s 3'),
  paceMaxCut: spec(0.5, 'step',
    'The most urgency can take off a process step (the memo, due diligence, the letter, operational planning): a case far past the final bar is worked faster, down to half the recorded time (see pace.ts). The reports say the answer can come "that day, in a week or months", and that the coalition raced as the assault went on.',
    ['politico-2024-05-31', 'wapo-2024-05-30'],
    'judged: the record\'s durations were already a race (P31), so at most half could come off; urgency is read on the scale of the step from the in-principle bar to the final bar, so no second number sets it'),
  kyivSeeksCallDays: spec(7, 'days',
    'How long Kyiv, pressing with no meeting with US principals in sight, waits before it asks for a call of its own to make the formal request: it asked on the first secure call with Sullivan, Austin and Brown after the offensive began, and its leaders and defence chiefs talked with Washington by phone often (Umerov and Austin on 05-29).',
    ['politico-2024-05-31', 'politico-2024-05-30'],
    'judged: a week, the time a leaders\' or ministers\' call takes to arrange when one side asks; the record gives no wait, since the 05-13 call came three days after Kyiv began to press'),
  aidToFrontDays: spec(42, 'days',
    'From the supplemental\'s signing to supplies that change the front: W30 says the front was still weak a month after aid resumed.',
    ['wapo-2024-05-30', 'ap-2024-05-31'], 'judged: about six weeks, longer than the month the reports show without relief'),
  aidRestoresStocks: spec(0.4, 'step',
    'How far the supplemental\'s deliveries refill Ukraine\'s stocks once they reach the front.',
    ['wapo-2024-05-30', 'politico-2024-05-31'], 'judged: most of what the aid gap drained (0.45), not all, given Europe\'s slow production (A31)'),

  // --- What an input does by default, by its type and actor (machines/effects.ts) ---
  // The size of one input's push on a force, shared by every input of its kind; an effect
  // written on one event in a scenario overrides these and is counted (`redline model`).
  aidGapDrain: spec(0.15, 'step',
    'What one stage of the aid gap takes from Ukraine\'s stocks: the stall in Congress (autumn), the Pentagon\'s last package (December), the shortage at the front (spring).',
    ['wapo-2024-05-30', 'politico-2024-05-31'],
    'judged: the reports give three stages and no measure of any, so each takes an equal share; three take the 2023 stocks (0.7) to 0.25, "fast running out" (P31)'),
  frontStrainPush: spec(0.1, 'step',
    'What Kyiv\'s own report of its front adds to the Russian push: Ukraine held off Russian forces "with increasing difficulty", and diplomats feared a sudden collapse.',
    ['wapo-2024-05-30', 'politico-2024-05-31'],
    'judged: a small push, less than half the mid-April massing, since the reports tie the danger mostly to the offensive'),
  massingPush: spec(0.25, 'step',
    'What Russian forces massing across the border add to the Russian push: Austin\'s team feared Kharkiv could fall.',
    ['politico-2024-05-31'],
    'judged: half the 2023 level again and more; with the shortage it brings the danger to Kharkiv near but under Kyiv\'s bar (0.47 against 0.6)'),
  offensivePush: spec(0.225, 'step',
    'What one part of a Russian offensive adds to the Russian push: the ground assault on Kharkiv and the glide bombs dropped from Russian airspace, which Ukraine may not hit.',
    ['politico-2024-05-31', 'ap-2024-05-31'],
    'judged: the reports weigh neither part above the other; the two together (0.45) take the push past the knee, "the upper hand, by far" (P31)'),
  threatRisk: spec(0.1, 'step',
    'What a Russian warning of escalation adds to the perceived risk: Putin\'s "serious consequences" and nuclear hints, Peskov\'s "new round of escalating tension".',
    ['wapo-2024-05-30'],
    'judged: a fifth of the standing risk (0.5); Biden took the threats seriously, but the Kremlin "did little" when he crossed lines before (W30)'),
  strikeRisk: spec(0.05, 'step',
    'What a Ukrainian strike inside Russia with its own weapons adds to the perceived risk: the refinery strikes and the attempts on nuclear early-warning radars could "dangerously unsettle Moscow".',
    ['wapo-2024-05-30', 'politico-2024-05-30'],
    'judged: half a warning\'s, since a strike is Kyiv\'s act, not Moscow\'s word, and the reports name three (refineries, two radar attempts); it adds to the risk, not to the president\'s own caution'),
  threatCaution: spec(0.05, 'step',
    'What a Russian warning adds to the president\'s own caution: Putin\'s nuclear hints weigh on "a U.S. leader who matured amid the U.S.-Soviet nuclear confrontations".',
    ['wapo-2024-05-30'],
    'judged: small; the caution he brought to the decision, not each warning, carries most of it'),
  allyMovePush: spec(0.15, 'step',
    'What one ally\'s move (lifting its own limits, or its leader speaking for lifting) adds to Washington\'s isolation.',
    ['wapo-2024-05-30', 'politico-2024-05-31'],
    'judged: three moves (the UK, NATO\'s chief, France) isolate Washington past the isolation threshold, as P31 names them'),
  lobbyPush: spec(0.1, 'step',
    'What one push on the administration from the Hill (lobbying, a letter, a call to Sullivan, the Pentagon\'s briefings to Congress) adds to Congress\'s pressure.',
    ['politico-2024-05-31', 'politico-2024-05-30'],
    'judged: the same for each, since the reports weigh none above another; four such pushes in May'),
  advocacyPush: spec(0.1, 'step',
    'What one advocate\'s step inside the administration adds to its advocacy: a new official (Carpenter), an agency\'s view (military utility), a trip to Kyiv, a briefing.',
    ['politico-2024-05-31', 'wapo-2024-05-30', 'ap-2024-05-31'],
    'calibrated: the reports weigh no step above another, so one size serves all six of the record; with the other defaults, 0.095 to 0.12 land every milestone in its window (below, the case misses the in-principle bar on 05-15; above, the sign-off is so clear the letter is worked faster than the record), and 0.1 is the round value in that span'),
  assuranceEase: spec(0.1, 'step',
    'What the Secretary of State\'s brief eases of the president\'s caution: Blinken, long at Biden\'s side, "further assured" him (P31); W30 names the trip among the three causes.',
    ['politico-2024-05-31', 'ap-2024-05-31', 'wapo-2024-05-30'],
    'calibrated: the one input that speaks to the president himself; with advocacyPush at 0.1, more than 0.1 makes the case at sign-off so clear that the letter is worked faster than the record, so 0.1 (a seventh of his caution) is the largest round value the record allows'),
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
