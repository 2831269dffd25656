import type { ExprArgs, Fail, GraphAction } from './types.js';

/** An action decoded: a named one XState leaves to the caller, or assign, emit, raise, cancel. */
export function readAction(actions: Readonly<Record<string, unknown>>, action: unknown, where: string, fail: Fail): GraphAction {
  const label = labelOf(action);
  const inline = typeof action === 'function';
  const type = typeof action === 'string' ? action : inline ? undefined : (action as { type: string }).type;
  const resolved = inline ? action : actions[type!];
  const raw = inline || typeof action === 'string' ? undefined : (action as { params?: unknown }).params;
  const params = { params: raw, dynamicParams: typeof raw === 'function' };
  const builtin = resolved as ({ type?: string; resolve?: unknown } & Record<string, unknown>) | undefined;
  if (!builtin || !('resolve' in builtin)) {
    const name = type ?? ((action as { name?: string }).name || '(anonymous)');
    return { kind: 'custom', type: name, ...params, label };
  }
  switch (builtin.type) {
    case 'xstate.assign': {
      const assignment = builtin.assignment;
      if (params.dynamicParams) return fail(where, 'an assign with dynamic params');
      if (typeof assignment === 'function') return { kind: 'assign', assign: assignment as (a: ExprArgs, p: unknown) => object, params: raw, label };
      // A property map: each value a function of the arguments, or a value (as XState's resolveAssign reads it).
      const props = Object.entries(assignment as Record<string, unknown>);
      const assign = (args: ExprArgs, p: unknown) => {
        const partial: Record<string, unknown> = {};
        for (const [key, value] of props) partial[key] = typeof value === 'function' ? value(args, p) : value;
        return partial;
      };
      return { kind: 'assign', assign, params: raw, label };
    }
    case 'xstate.emit':
      return { kind: 'emit', event: builtin.event, label };
    case 'xstate.raise':
      return { kind: 'raise', event: builtin.event, id: builtin.id as string | undefined, delay: builtin.delay, label };
    case 'xstate.cancel':
      return { kind: 'cancel', sendId: builtin.sendId, label };
    default:
      return fail(where, `the action ${builtin.type}`);
  }
}

/** The name a diagram gives an action: its type as written, or the creator's name (`assign`, `emit`). */
function labelOf(action: unknown): string {
  if (typeof action === 'string') return action;
  if (action && typeof action === 'object' && 'type' in action) return String((action as { type: unknown }).type);
  if (typeof action === 'function') return action.name || 'inline action';
  return String(action);
}
