import type { AnyStateMachine } from 'xstate';
import type { CompiledAction, ExprArgs, Fail } from './compiled-machine.js';

/** An action as the stepper runs it: a named one XState leaves to the caller, or assign, emit, raise, cancel. */
export function compileAction(machine: AnyStateMachine, action: unknown, where: string, fail: Fail): CompiledAction {
  const inline = typeof action === 'function';
  const type = typeof action === 'string' ? action : inline ? undefined : (action as { type: string }).type;
  const resolved = inline ? action : (machine.implementations.actions as Record<string, unknown>)[type!];
  const raw = inline || typeof action === 'string' ? undefined : (action as { params?: unknown }).params;
  const params = { params: raw, dynamicParams: typeof raw === 'function' };
  const builtin = resolved as ({ type?: string; resolve?: unknown } & Record<string, unknown>) | undefined;
  if (!builtin || !('resolve' in builtin)) {
    const name = type ?? ((action as { name?: string }).name || '(anonymous)');
    return { kind: 'custom', type: name, ...params };
  }
  switch (builtin.type) {
    case 'xstate.assign': {
      const assignment = builtin.assignment;
      if (params.dynamicParams) return fail(where, 'an assign with dynamic params');
      if (typeof assignment === 'function') return { kind: 'assign', assign: assignment as (a: ExprArgs, p: unknown) => object, params: raw };
      // A property map: each value a function of the arguments, or a value (as XState's resolveAssign reads it).
      const props = Object.entries(assignment as Record<string, unknown>);
      const assign = (args: ExprArgs, p: unknown) => {
        const partial: Record<string, unknown> = {};
        for (const [key, value] of props) partial[key] = typeof value === 'function' ? value(args, p) : value;
        return partial;
      };
      return { kind: 'assign', assign, params: raw };
    }
    case 'xstate.emit':
      return { kind: 'emit', event: builtin.event };
    case 'xstate.raise':
      return { kind: 'raise', event: builtin.event, id: builtin.id as string | undefined, delay: builtin.delay };
    case 'xstate.cancel':
      return { kind: 'cancel', sendId: builtin.sendId };
    default:
      return fail(where, `the action ${builtin.type}`);
  }
}
