import type { AnyStateMachine, StateNode } from 'xstate';
import { MACHINES, type Ledger, type MachineId, type ModelEvent } from '../../machines/index.js';
import { CLOSE_CASE, NO_CASE, STRONG_CASE } from '../helpers/ledgers.js';

/**
 * A few ledgers that open or shut each guard: a machine's context changes only
 * when a ledger arrives, so a state is its value plus which of these it holds.
 */
export const PRESETS: readonly Ledger[] = [
  STRONG_CASE, CLOSE_CASE, NO_CASE,
  // Little restraint: the president approves without asking for due diligence.
  { ...STRONG_CASE, presidentCaution: 0.1, escalationRisk: 0.1 },
];

const principalsCall = { type: 'CHANNEL_OPENED', by: 'nsc', kind: 'call', level: 'principals', parties: ['nsc', 'kyiv'] } as const;

/**
 * Each event a machine can receive, in the variants its guards tell apart: a
 * channel with or without principals and Kyiv, speakers inside and outside the
 * administration, both scopes of a request.
 */
export const VARIANTS: Readonly<Record<Exclude<ModelEvent['type'], 'LEDGER_UPDATED'>, readonly ModelEvent[]>> = {
  CHANNEL_OPENED: [
    principalsCall,
    { ...principalsCall, level: 'staff' },
    { ...principalsCall, parties: ['nsc', 'pentagon'] },
    { type: 'CHANNEL_OPENED', by: 'state', kind: 'trip', level: 'principals', parties: ['state', 'kyiv'] },
  ],
  REMARKS_MADE: [
    { type: 'REMARKS_MADE', by: 'state', setting: 'public' },
    { type: 'REMARKS_MADE', by: 'state', setting: 'closed' },
    { type: 'REMARKS_MADE', by: 'russia', setting: 'public' },
  ],
  STORY_PUBLISHED: [{ type: 'STORY_PUBLISHED', by: 'press' }],
  FORCES_MASSED: [{ type: 'FORCES_MASSED', by: 'russia' }],
  OFFENSIVE_LAUNCHED: [{ type: 'OFFENSIVE_LAUNCHED', by: 'russia' }],
  THREAT_ISSUED: [{ type: 'THREAT_ISSUED', by: 'russia' }],
  STRIKE_CONDUCTED: [{ type: 'STRIKE_CONDUCTED', by: 'kyiv' }],
  AID_STALLED: [{ type: 'AID_STALLED', by: 'congress' }],
  SUPPLEMENTAL_PASSED: [{ type: 'SUPPLEMENTAL_PASSED', by: 'congress' }],
  SUPPLEMENTAL_SIGNED: [{ type: 'SUPPLEMENTAL_SIGNED', by: 'congress' }],
  LAWMAKERS_PRESSED: [{ type: 'LAWMAKERS_PRESSED', by: 'congress' }],
  ALLY_MOVED: [{ type: 'ALLY_MOVED', by: 'allies' }],
  BRIEFING_GIVEN: [{ type: 'BRIEFING_GIVEN', by: 'state' }, { type: 'BRIEFING_GIVEN', by: 'pentagon' }],
  ASSESSMENT_MADE: [{ type: 'ASSESSMENT_MADE', by: 'pentagon' }, { type: 'ASSESSMENT_MADE', by: 'state' }],
  OFFICIAL_APPOINTED: [{ type: 'OFFICIAL_APPOINTED', by: 'nsc' }, { type: 'OFFICIAL_APPOINTED', by: 'state' }],
  SITUATION_REPORTED: [{ type: 'SITUATION_REPORTED', by: 'pentagon' }],
  AIM_WIDENED: [{ type: 'AIM_WIDENED', by: 'kyiv', scope: 'deep-strikes' }],
  // Without a played role (these contexts have none) a choice moves nothing: the model decides.
  PLAYER_CHOSE: [{ type: 'PLAYER_CHOSE', role: 'president', at: 'presidentialReview', option: 'refuse', n: 1 }],
  REQUEST_SUBMITTED: [{ type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' }, { type: 'REQUEST_SUBMITTED', scope: 'deep-strikes' }],
  DECISION_DEFERRED: [{ type: 'DECISION_DEFERRED', scope: 'kharkiv-border' }, { type: 'DECISION_DEFERRED', scope: 'deep-strikes' }],
  DECISION_REFUSED: [{ type: 'DECISION_REFUSED', scope: 'kharkiv-border' }, { type: 'DECISION_REFUSED', scope: 'deep-strikes' }],
  LETTER_SENT: [{ type: 'LETTER_SENT', scope: 'kharkiv-border' }, { type: 'LETTER_SENT', scope: 'deep-strikes' }],
  POLICY_IN_EFFECT: [{ type: 'POLICY_IN_EFFECT', scope: 'kharkiv-border' }, { type: 'POLICY_IN_EFFECT', scope: 'deep-strikes' }],
  NEWS_BROKE: [{ type: 'NEWS_BROKE' }],
};

/** Every state node of a machine, root first. */
export function stateNodes(machine: AnyStateMachine): StateNode<any, any>[] {
  const out: StateNode<any, any>[] = [];
  const walk = (node: StateNode<any, any>) => {
    out.push(node);
    Object.values(node.states).forEach(walk);
  };
  walk(machine.root);
  return out;
}

/** Every state a machine can be in, as the dotted path its records name (`path.approved.dueDiligence`). */
export function statePaths(id: MachineId): string[] {
  return stateNodes(MACHINES[id] as AnyStateMachine).filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.path.join('.'));
}

/** The event types a machine's config listens to (`on`), and its delayed events (`after`). */
export function listenedEvents(machine: AnyStateMachine): { on: string[]; after: string[] } {
  const on = new Set<string>();
  const after: string[] = [];
  for (const node of stateNodes(machine)) {
    for (const type of Object.keys(node.config.on ?? {})) on.add(type);
    for (const t of node.after) after.push(t.eventType);
  }
  return { on: [...on], after };
}

/**
 * Events a machine raises for itself and the engine never delivers to it from
 * outside (it skips the sender): sending them would walk paths no run can take.
 */
const SELF_RAISED: Partial<Record<MachineId, readonly ModelEvent[]>> = {
  decision: [{ type: 'POLICY_IN_EFFECT', scope: 'kharkiv-border' }],
};

/** What to send a machine while walking it: each preset ledger, every variant of what it listens to, its delays. */
export function eventsFor(id: MachineId): ModelEvent[] {
  const machine = MACHINES[id] as AnyStateMachine;
  const { on, after } = listenedEvents(machine);
  const own = (SELF_RAISED[id] ?? []).map((e) => JSON.stringify(e));
  return [
    ...PRESETS.map((ledger) => ({ type: 'LEDGER_UPDATED', ledger }) as const),
    ...on.filter((t) => t !== 'LEDGER_UPDATED').flatMap((t) => VARIANTS[t as keyof typeof VARIANTS] ?? []).filter((e) => !own.includes(JSON.stringify(e))),
    ...after.map((type) => ({ type }) as unknown as ModelEvent),
  ];
}

/** Which preset a ledger is (-1 for the starting ledger): what a state's key holds of its context. */
export function presetOf(ledger: Ledger): number {
  return PRESETS.findIndex((p) => p === ledger || JSON.stringify(p) === JSON.stringify(ledger));
}
