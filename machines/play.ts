import type { ActorId } from './actors.js';

/**
 * The actors a person may play (`redline play --as`): those whose machines take the
 * decisions on the path. The president decides on his own desk (the decision machine);
 * Sullivan's NSC recommends and convenes there too; Kyiv decides when to press.
 */
export const ROLES = {
  president: 'the president: in principle, due diligence, final approval, sending back or refusing',
  nsc: 'Sullivan and the NSC: recommending, bringing the case back, convening the principals',
  kyiv: 'Kyiv: when to press for the lift (the formal ask follows at the next meeting with US principals)',
} as const satisfies Partial<Record<ActorId, string>>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];
export const isRole = (name: string): name is Role => Object.prototype.hasOwnProperty.call(ROLES, name);

/** The option a played state waits in when none of its moves is taken. */
export const WAIT = 'wait';

/** Which decision a guarded move belongs to: the role that takes it, the state it leaves, its option's name. */
export interface ChoiceParams {
  readonly role: Role;
  readonly at: string;
  readonly option: string;
}

/**
 * A move of a decision state: the guard the model reads, tagged with its option as the guard's
 * params, and `takeChoice`, which spends a player's choice once it has moved the machine.
 */
export const move = <G extends string, T extends string>(guard: G, role: Role, at: string, name: string, target: T) => ({
  guard: { type: guard, params: { role, at, option: name } satisfies ChoiceParams } as { type: G; params: ChoiceParams },
  target,
  actions: 'takeChoice' as const,
});

interface Played {
  readonly played?: readonly Role[];
  readonly choicesTaken?: number;
}
type GuardArgs = { context: Played; event: { type: string } };

/**
 * A guard that prefers a player's choice: for a played role the move is taken only on the
 * player's choice of that option at that state, never on the ledger; otherwise the model's test decides.
 */
export const preferPlayer =
  <A extends GuardArgs>(test: (args: A) => boolean) =>
  (args: A, params?: ChoiceParams): boolean => {
    if (!params || !args.context.played?.includes(params.role)) return test(args);
    const e = args.event as { type: string; role?: string; at?: string; option?: string; n?: number };
    // Each choice moves the machine once: a later state of the same macrostep (back at this one, say) waits for its own.
    return e.type === 'PLAYER_CHOSE' && e.n === (args.context.choicesTaken ?? 0) + 1
      && e.role === params.role && e.at === params.at && e.option === params.option;
  };
