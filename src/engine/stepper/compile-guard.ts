import type { GuardTree } from '../graph/types.js';
import type { CompiledGuard, ExprArgs } from './compiled-machine.js';

/**
 * A guard tree as one test over context, event and the active nodes: a named guard
 * calls its implementation with its params (or runs the combinator it names).
 */
export function compileGuard(tree: GuardTree): CompiledGuard {
  switch (tree.kind) {
    case 'named': {
      const impl = tree.impl;
      if (impl.kind !== 'test') return compileGuard(impl);
      const { fn } = impl;
      const params = tree.params;
      if (typeof params === 'function') {
        return (context, event) => fn({ context, event }, (params as (a: ExprArgs) => unknown)({ context, event }));
      }
      return (context, event) => fn({ context, event }, params);
    }
    case 'test': {
      const { fn } = tree;
      return (context, event) => fn({ context, event }, undefined);
    }
    case 'and': {
      const gs = tree.guards.map(compileGuard);
      return (c, e, a) => gs.every((g) => g(c, e, a));
    }
    case 'or': {
      const gs = tree.guards.map(compileGuard);
      return (c, e, a) => gs.some((g) => g(c, e, a));
    }
    case 'not': {
      const g = compileGuard(tree.guard);
      return (c, e, a) => !g(c, e, a);
    }
    case 'stateIn': {
      const i = tree.state.index;
      return (_c, _e, active) => active[i] === 1;
    }
  }
}
