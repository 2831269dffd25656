import type { ActorId, Effects, GuardReading, InputType, InstanceId, Ledger, Pace, Params, Scope } from '../../machines/index.js';

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
}
