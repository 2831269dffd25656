import { and, not, or, stateIn, type AnyStateMachine } from 'xstate';
import type { CompiledGuard, CompiledNode, ExprArgs, Fail } from './compiled-machine.js';

type XNode = AnyStateMachine['root'];

// The built-in guard combinators are told apart by their `check` function, not by name.
const CHECK = {
  and: (and([]) as unknown as { check: unknown }).check,
  or: (or([]) as unknown as { check: unknown }).check,
  not: (not(() => true) as unknown as { check: unknown }).check,
  stateIn: (stateIn('#x') as unknown as { check: unknown }).check,
};

/**
 * A transition's guard as one test: a named guard resolved through the
 * machine's implementations (params included), an inline function, or
 * `and`/`or`/`not`/`stateIn('#id')` built from those.
 */
export function compileGuard(
  machine: AnyStateMachine, guard: unknown, where: string, byX: Map<XNode, CompiledNode>, fail: Fail,
): CompiledGuard {
  const inline = typeof guard === 'function';
  const name = typeof guard === 'string' ? guard : (guard as { type?: string }).type;
  const resolved = inline ? guard : (machine.implementations.guards as Record<string, unknown>)[name!];
  if (!resolved) return fail(where, `the unimplemented guard "${name}"`);
  if (typeof resolved !== 'function') return compileGuard(machine, resolved, where, byX, fail);
  const params = inline || typeof guard === 'string' ? undefined : (guard as { params?: unknown }).params;
  const fn = resolved as ((args: ExprArgs, params: unknown) => boolean) & { check?: unknown; guards?: unknown[]; stateValue?: unknown };
  if (!('check' in fn)) {
    if (typeof params === 'function') {
      return (context, event) => fn({ context, event }, (params as (a: ExprArgs) => unknown)({ context, event }));
    }
    return (context, event) => fn({ context, event }, params);
  }
  const parts = () => (fn.guards ?? []).map((g) => compileGuard(machine, g, where, byX, fail));
  if (fn.check === CHECK.and) {
    const gs = parts();
    return (c, e, a) => gs.every((g) => g(c, e, a));
  }
  if (fn.check === CHECK.or) {
    const gs = parts();
    return (c, e, a) => gs.some((g) => g(c, e, a));
  }
  if (fn.check === CHECK.not) {
    const [g] = parts();
    return (c, e, a) => !g!(c, e, a);
  }
  if (fn.check === CHECK.stateIn && typeof fn.stateValue === 'string' && fn.stateValue.startsWith('#')) {
    const target = byX.get(machine.getStateNodeById(fn.stateValue) as XNode) ?? fail(where, `stateIn("${fn.stateValue}")`);
    const i = target.index;
    return (_c, _e, active) => active[i] === 1;
  }
  return fail(where, 'a built-in guard other than and/or/not/stateIn("#id")');
}
