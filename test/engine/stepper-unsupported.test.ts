import { describe, expect, it } from 'vitest';
import { createMachine, fromPromise, log, type AnyStateMachine } from 'xstate';
import { UnsupportedFeatureError, compileMachine } from '../../src/engine/stepper/compile-machine.js';

/** A two-state machine with one feature added to its `a` state. */
const withA = (a: object): AnyStateMachine =>
  createMachine({ id: 'm', initial: 'a', states: { a: { on: { GO: 'b' }, ...a }, b: {} } });

describe('the compiled stepper refuses what it does not reproduce exactly, naming the machine and the state', () => {
  const cases: [string, AnyStateMachine, RegExp][] = [
    ['a history state', withA({ initial: 'x', states: { x: {}, h: { type: 'history' } } }), /^machine "m", #m\.a\.h: a history state is not supported/],
    ['an invoked actor', withA({ invoke: { src: fromPromise(async () => 1) } }), /^machine "m", #m\.a: invoke is not supported/],
    ['a wildcard event', withA({ on: { '*': 'b' } }), /^machine "m", #m\.a: the wildcard event "\*" is not supported/],
    ['another built-in action', withA({ entry: log('hello') }), /^machine "m", #m\.a entry: the action xstate\.log is not supported/],
  ];
  for (const [what, machine, message] of cases) {
    it(what, () => {
      expect(() => compileMachine(machine)).toThrow(UnsupportedFeatureError);
      expect(() => compileMachine(machine)).toThrow(message);
    });
  }

  it('and compiles the same machine without it', () => {
    expect(compileMachine(withA({})).nodes.map((n) => n.path)).toEqual(['', 'a', 'b']);
  });
});
