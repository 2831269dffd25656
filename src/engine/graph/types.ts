/**
 * The model graph's shapes: a machine definition read once into plain data (states,
 * transitions per event, guards as a small tree, actions decoded, delays). The engine
 * compiles it; explain, the TUI, the pictures and the model hash read it.
 */

export interface AnyEvent {
  readonly type: string;
}

/** What guards, assigns and expressions read: the same argument XState passes. */
export interface ExprArgs {
  readonly context: any;
  readonly event: AnyEvent;
}

/** Reports a feature the engine cannot run, naming where it is; never returns. */
export type Fail = (where: string, what: string) => never;

/** A guard as written: a named one, a plain test, or and / or / not / stateIn built from those. */
export type GuardTree =
  /** A guard by name (`'principalsAgree'` or `{ type, params }`); `impl` is what the machine's implementations give for it. */
  | { readonly kind: 'named'; readonly name: string; readonly params: unknown; readonly impl: GuardTree }
  /** A function that tests context and event (an implementation, or inline); `params` come from a named guard. */
  | { readonly kind: 'test'; readonly fn: (args: ExprArgs, params: unknown) => boolean; readonly name: string }
  | { readonly kind: 'and' | 'or'; readonly guards: readonly GuardTree[] }
  | { readonly kind: 'not'; readonly guard: GuardTree }
  /** `stateIn('#machine.path')`: true while that state is active. */
  | { readonly kind: 'stateIn'; readonly stateValue: string; readonly state: GraphNode };

export type GraphAction = (
  /** A named action XState leaves to the caller (e.g. `record`): returned as `{ type, params }`. */
  | { readonly kind: 'custom'; readonly type: string; readonly params: unknown; readonly dynamicParams: boolean }
  | { readonly kind: 'assign'; readonly assign: (args: ExprArgs, params: unknown) => object; readonly params: unknown }
  | { readonly kind: 'emit'; readonly event: unknown }
  | { readonly kind: 'raise'; readonly event: unknown; readonly id: string | undefined; readonly delay: unknown }
  | { readonly kind: 'cancel'; readonly sendId: unknown }
) & {
  /** The action's name as a diagram shows it (`record`, `assign`, `emit`). */
  readonly label: string;
};

export interface GraphTransition {
  readonly source: GraphNode;
  /** The event type as XState gives it (`xstate.after.<delay>.<id>` for a delayed one, '' for `always`). */
  readonly eventType: string | undefined;
  readonly targets: readonly GraphNode[] | undefined;
  readonly guard: GuardTree | undefined;
  readonly actions: readonly GraphAction[];
  readonly reenter: boolean;
  /** For a delayed transition: the delay as written (a named delay, or ms). */
  readonly delay?: string | number;
}

export interface GraphNode {
  readonly machine: string;
  /** Document order: XState's `StateNode.order`. */
  readonly index: number;
  readonly key: string;
  /** XState's id (`decision.path.approved`). */
  readonly id: string;
  /** Dotted path inside the machine (`path.approved.dueDiligence`); '' for the root. */
  readonly path: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final';
  readonly description: string | undefined;
  readonly parent: GraphNode | undefined;
  readonly children: readonly GraphNode[];
  /** The child entered first (compound states). */
  readonly initial: GraphNode | undefined;
  readonly entry: readonly GraphAction[];
  readonly exit: readonly GraphAction[];
  /** Transitions per event type, delayed ones included, in XState's order. */
  readonly on: ReadonlyMap<string, readonly GraphTransition[]>;
  /** The delayed transitions alone, in the order written. */
  readonly after: readonly GraphTransition[];
  readonly always: readonly GraphTransition[] | undefined;
}

/** A machine whatever its nodes: the read graph and the compiled stepper share this shape. */
export interface MachineOf<N> {
  readonly id: string;
  /** Every state in document order, the root first. */
  readonly nodes: readonly N[];
  readonly root: N;
  /** Builds the initial context from the machine's input, as `context: ({ input }) => ...` does. */
  readonly createContext: (input: unknown) => any;
  readonly delays: Readonly<Record<string, unknown>>;
}

export interface MachineGraph extends MachineOf<GraphNode> {
  /** A state by its dotted path ('' for the root). */
  readonly byPath: ReadonlyMap<string, GraphNode>;
}
