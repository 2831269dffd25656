import { and, not, or, stateIn } from 'xstate';
import type { ExprArgs, Fail, GraphNode, GuardTree } from './types.js';

type Combinator = 'and' | 'or' | 'not' | 'stateIn';

// XState's guard combinators are functions told apart by the `check` they carry: compared by identity, not by name.
const CHECKS = new Map<unknown, Combinator>([
  [(and([]) as unknown as { check: unknown }).check, 'and'],
  [(or([]) as unknown as { check: unknown }).check, 'or'],
  [(not(() => true) as unknown as { check: unknown }).check, 'not'],
  [(stateIn('#x') as unknown as { check: unknown }).check, 'stateIn'],
]);

/** Which of XState's guard combinators a function is, if it is one. */
export function combinatorOf(fn: unknown): Combinator | undefined {
  return typeof fn === 'function' ? CHECKS.get((fn as { check?: unknown }).check) : undefined;
}

/**
 * A transition's guard as a tree: a named guard resolved through the machine's
 * implementations, an inline test, or and / or / not / stateIn('#id') built from those.
 */
export function readGuardTree(
  guard: unknown, guards: Readonly<Record<string, unknown>>, stateById: (id: string) => GraphNode | undefined, where: string, fail: Fail,
): GuardTree {
  const read = (g: unknown): GuardTree => {
    if (typeof g === 'string' || (typeof g === 'object' && g !== null)) {
      const name = typeof g === 'string' ? g : (g as { type?: string }).type!;
      const impl = guards[name];
      if (!impl) return fail(where, `the unimplemented guard "${name}"`);
      return { kind: 'named', name, params: typeof g === 'string' ? undefined : (g as { params?: unknown }).params, impl: read(impl) };
    }
    if (typeof g !== 'function') return fail(where, `the guard ${String(g)}`);
    const fn = g as ((args: ExprArgs, params: unknown) => boolean) & { check?: unknown; guards?: unknown[]; stateValue?: unknown };
    if (!('check' in fn)) return { kind: 'test', fn, name: fn.name };
    const parts = () => (fn.guards ?? []).map(read);
    switch (combinatorOf(fn)) {
      case 'and': return { kind: 'and', guards: parts() };
      case 'or': return { kind: 'or', guards: parts() };
      case 'not': return { kind: 'not', guard: parts()[0]! };
      case 'stateIn': {
        const value = fn.stateValue;
        const state = typeof value === 'string' && value.startsWith('#') ? stateById(value.slice(1)) : undefined;
        return state ? { kind: 'stateIn', stateValue: value as string, state } : fail(where, `stateIn("${String(value)}")`);
      }
      default: return fail(where, 'a built-in guard other than and/or/not/stateIn("#id")');
    }
  };
  return read(guard);
}
