/**
 * The shapes a machine definition compiles into: flat nodes in document order,
 * transitions per event type, and actions and guards resolved once against the
 * machine's own implementations. Nothing here runs; `macrostep.ts` does.
 */

import type { AnyEvent, GraphAction, MachineOf } from '../graph/types.js';

export type { AnyEvent, ExprArgs } from '../graph/types.js';

/** A guard compiled to a test over context, event and the active nodes. */
export type CompiledGuard = (context: any, event: AnyEvent, active: Uint8Array) => boolean;

/** An action as the stepper runs it: the graph's decoded action. */
export type CompiledAction = GraphAction;

/** An action as `transition()` returns it: what the engine carries out. */
export interface StepAction {
  readonly type: string;
  readonly params: any;
}

export interface CompiledTransition {
  readonly source: CompiledNode;
  readonly targets: readonly CompiledNode[] | undefined;
  readonly guard: CompiledGuard | undefined;
  readonly actions: readonly CompiledAction[];
  readonly reenter: boolean;
  /** Where exits stop: the transition's domain (undefined for a root reentry). */
  readonly domain: CompiledNode | undefined;
  /** The nodes this transition enters, in document order, when it is the only one taken. */
  readonly entrySet: readonly CompiledNode[];
}

export interface CompiledNode {
  /** Document order: XState's `StateNode.order`. */
  readonly index: number;
  readonly key: string;
  readonly id: string;
  /** Dotted path inside the machine (`path.approved.dueDiligence`); '' for the root. */
  readonly path: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final';
  readonly parent: CompiledNode | undefined;
  readonly children: CompiledNode[];
  initial: CompiledNode | undefined;
  readonly entry: CompiledAction[];
  readonly exit: CompiledAction[];
  readonly on: Map<string, CompiledTransition[]>;
  always: CompiledTransition[] | undefined;
  /** `descendantOf[a.index]` is 1 when this node lies strictly inside `a`. */
  readonly descendantOf: Uint8Array;
  /** For an atomic node: itself and its ancestors that have `always` transitions, innermost first. */
  alwaysChain: CompiledNode[];
  /** For a final node: the done event its parent receives. */
  doneEvent: AnyEvent | undefined;
}

export interface EventPlan {
  /**
   * Set when only the root handles the event, with one unguarded targetless
   * transition whose actions are all assigns (e.g. LEDGER_UPDATED → syncLedger):
   * stepping it is running those assigns.
   */
  readonly contextOnly: readonly Extract<CompiledAction, { kind: 'assign' }>[] | undefined;
}

export interface CompiledMachine extends MachineOf<CompiledNode> {
  /** Every event type some node has a transition for, and how to step it. */
  readonly plans: ReadonlyMap<string, EventPlan>;
  /** Entering the root's initial states: the first microstep. */
  readonly initialTransition: CompiledTransition;
}

/** The live state of one running machine: mutated in place by `macrostep`. */
export interface MachineState {
  /** `active[node.index]` is 1 while the node is in the configuration. */
  readonly active: Uint8Array;
  /** Active nodes in XState's `_nodes` order (insertion order), which orders regions and eventless picks. */
  nodes: CompiledNode[];
  context: any;
  status: 'active' | 'done';
  /** Whether some active node has eventless (`always`) transitions, so any event may move it. */
  eventless: boolean;
  /** Assigns not yet applied to `context`, with their events, in pairs; `contextOf` applies them. */
  deferred: unknown[] | undefined;
  /** Assign actions run so far: a microstep that ran one changed the snapshot, as in XState. */
  assigned: number;
}
