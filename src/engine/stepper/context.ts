import type { AnyEvent, CompiledAction, MachineState } from './compiled-machine.js';

/**
 * The machine's context, after any assigns still deferred. Deferring is exact:
 * assigns are pure, run in their order, and nothing else writes the context.
 */
export function contextOf(st: MachineState): any {
  const deferred = st.deferred;
  if (deferred !== undefined && deferred.length > 0) {
    let context = st.context;
    for (let i = 0; i < deferred.length; i += 2) context = applyAssigns(deferred[i] as AssignAction[], context, deferred[i + 1] as AnyEvent);
    st.context = context;
    deferred.length = 0;
  }
  return st.context;
}

export type AssignAction = Extract<CompiledAction, { kind: 'assign' }>;

/** XState's assign: a new context with the partial update laid over it. */
export function applyAssigns(assigns: readonly AssignAction[], context: any, event: AnyEvent): any {
  for (const a of assigns) context = Object.assign({}, context, a.assign({ context, event }, a.params));
  return context;
}
