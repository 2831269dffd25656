import type { ActorId, Effects, GuardReading, InputType, InstanceId, Ledger, Pace, Params, Role, Scope } from '../../machines/index.js';

/** One dated input of a scenario: a world event the model does not decide. */
export interface ScenarioEvent {
  readonly id: string;
  readonly date: string;
  readonly actor: ActorId;
  readonly type: InputType;
  readonly summary: string;
  /** Written on the event: an override of the defaults for its type and actor (machines/effects.ts). Absent: the defaults. */
  readonly effects?: Effects;
  readonly sources: readonly string[];
  /** For calls, trips and meetings: who is on the channel and at what level. */
  readonly level?: 'principals' | 'staff';
  readonly parties?: readonly ActorId[];
  /** For remarks: said in public or behind closed doors. */
  readonly setting?: 'public' | 'closed';
  /** For a widened aim: the permission Kyiv now wants. */
  readonly scope?: Scope;
}

/** Everything a run needs, resolved: a log header holds it so a run replays without its scenario file. */
export interface RunInputs {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly params: Params;
  readonly events: readonly ScenarioEvent[];
  readonly seed: number;
  /**
   * The values the scenario (and the chain it extends) `set`, so `replay --verify` can tell a
   * scenario's choice from a default changed since. Absent when it sets none.
   */
  readonly overrides?: Partial<Params>;
  /** The roles a person played and the choices they made: a played run replays from these. */
  readonly play?: Play;
}

/** One choice of a played role, as `--choose` or a prompt gives it. */
export interface PlayerChoice {
  readonly role: Role;
  /** The decision state's key (`presidentialReview`, `holding`). */
  readonly decision: string;
  readonly option: string;
  /** The player's one-line reason. */
  readonly reason?: string;
  /** The machine instance, when the choice is for one in particular (a further scope). */
  readonly machine?: InstanceId;
}

/**
 * Who is played and what they chose, in order. At each decision of a played role the next
 * of that role's choices is taken if it names this decision; if not, the model decides there.
 */
export interface Play {
  readonly roles: readonly Role[];
  readonly choices: readonly PlayerChoice[];
}

/** What the log keeps of a player's choice, beside the model's own choice at that moment. */
export interface ChoiceData {
  readonly role: Role;
  readonly machine: InstanceId;
  /** The decision state's dotted path. */
  readonly state: string;
  readonly option: string;
  readonly model: string;
  /** The ledger guards the decision reads, as read then. */
  readonly guards: readonly GuardReading[];
  readonly reason?: string;
}

export interface InputData {
  readonly id: string;
  readonly summary: string;
  /** What moved the ledger: the event's own effects, or its type's and actor's defaults. */
  readonly effects: Effects;
  /** Present (true) when the effects were written on the event, not taken from the defaults. */
  readonly override?: true;
  readonly level?: 'principals' | 'staff';
  readonly parties?: readonly ActorId[];
  readonly setting?: 'public' | 'closed';
  /** For a player's choice (`player.chose`). */
  readonly choice?: ChoiceData;
}

export interface DecisionData {
  /** The running machine that wrote it: `decision`, `kyiv`, …, or `decision:deep-strikes` for a further scope. */
  readonly machine: InstanceId;
  /** For the decision machine: the request it decides. */
  readonly scope?: Scope;
  /** The state entered, as a dotted path inside its machine (`path.approved.dueDiligence`). */
  readonly state: string;
  readonly says: string;
  /** The guard that let the machine in, as read at that moment. */
  readonly guard?: GuardReading;
  readonly effects?: Effects;
  /** When urgency shortened the step this state starts: the delay, its recorded and its actual days, and why (pace.ts). */
  readonly pace?: Pace;
}

interface EnvelopeBase {
  readonly seq: number;
  readonly date: string;
  readonly type: string;
  readonly actor: ActorId;
  readonly sources: readonly string[];
}

/** The log's envelope. Inputs come from the scenario; decisions from the machines, with the seq of their cause. */
export type LogEvent =
  | (EnvelopeBase & { readonly kind: 'input'; readonly data: InputData; readonly cause: null })
  | (EnvelopeBase & { readonly kind: 'decision'; readonly data: DecisionData; readonly cause: number | null });

/** The states every machine starts in: what a fold starts from besides the ledger. */
export type MachineStates = Readonly<Record<InstanceId, Readonly<Record<string, string>>>>;

export interface RunResult {
  readonly inputs: RunInputs;
  readonly initialLedger: Ledger;
  readonly initialStates: MachineStates;
  readonly events: readonly LogEvent[];
  /** For a played run: where it paused for a choice it was not given (`pause`), and choices never asked for. */
  readonly play?: PlayOutcome;
}

/** A decision of a played role, as the run reached it. */
export interface Ask {
  readonly instance: InstanceId;
  readonly scope: Scope;
  readonly role: Role;
  readonly decision: string;
  readonly state: string;
  readonly options: readonly string[];
  readonly model: string;
  readonly guards: readonly GuardReading[];
  readonly date: string;
  /** The log events before it. */
  readonly seq: number;
  readonly ledger: Ledger;
}

export interface PlayOutcome {
  readonly paused?: Ask;
  /** Choices given that no decision of the run took. */
  readonly unused: readonly PlayerChoice[];
}
