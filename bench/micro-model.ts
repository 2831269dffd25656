import { and, assign, not, setup, stateIn } from 'xstate';

/*
 * The fixed micro-model of `npm run bench`: one machine of 13 state nodes with
 * a parallel region, guards (named, combined and on the state) and assigns,
 * fed the same 40 events per run. Written once as an XState machine and once
 * as plain reducers of the same logic, so each way of running it can be timed
 * against the others.
 */

export type MicroEvent =
  | { type: 'PRESS' } | { type: 'EASE' } | { type: 'SUPPORT' } | { type: 'REQUEST' }
  | { type: 'DECIDE' } | { type: 'SIGN' } | { type: 'REMARK'; public: boolean } | { type: 'LEAK' } | { type: 'CONFIRM' };

export interface MicroContext {
  readonly pressure: number;
  readonly support: number;
  readonly requests: number;
}

export const microMachine = setup({
  types: { context: {} as MicroContext, events: {} as MicroEvent },
  guards: {
    pressing: ({ context }) => context.pressure >= 3,
    supported: ({ context }) => context.support >= 2,
    strongCase: ({ context }) => context.support + context.pressure >= 6,
    inPublic: ({ event }) => event.type === 'REMARK' && event.public,
    decided: stateIn('#micro.review.approved'),
  },
}).createMachine({
  id: 'micro',
  type: 'parallel',
  context: { pressure: 0, support: 0, requests: 0 },
  on: {
    PRESS: { actions: assign({ pressure: ({ context }) => context.pressure + 1 }) },
    EASE: { actions: assign({ pressure: ({ context }) => Math.max(0, context.pressure - 1) }) },
    SUPPORT: { actions: assign({ support: ({ context }) => context.support + 1 }) },
  },
  states: {
    review: {
      initial: 'idle',
      states: {
        idle: { on: { REQUEST: { guard: 'pressing', target: 'requested', actions: assign({ requests: ({ context }) => context.requests + 1 }) } } },
        requested: { always: [{ guard: 'supported', target: 'drafting' }, { target: 'waiting' }] },
        waiting: { on: { SUPPORT: { guard: not('supported'), target: 'drafting' }, EASE: 'idle' } },
        drafting: { on: { DECIDE: [{ guard: 'strongCase', target: 'approved' }, { target: 'deferred' }] } },
        deferred: { on: { REQUEST: { guard: and(['pressing', 'supported']), target: 'requested' } } },
        approved: { on: { SIGN: 'inEffect' } },
        inEffect: {},
      },
    },
    publicity: {
      initial: 'secret',
      states: {
        secret: { on: { LEAK: { guard: 'decided', target: 'leaked' }, REMARK: { guard: and(['decided', 'inPublic']), target: 'signalled' } } },
        leaked: { on: { CONFIRM: 'confirmed' } },
        signalled: { on: { CONFIRM: 'confirmed' } },
        confirmed: {},
      },
    },
  },
});

/** The 40 events of one run. */
export const MICRO_EVENTS: readonly MicroEvent[] = [
  { type: 'PRESS' }, { type: 'REQUEST' }, { type: 'PRESS' }, { type: 'SUPPORT' }, { type: 'PRESS' },
  { type: 'REMARK', public: true }, { type: 'REQUEST' }, { type: 'EASE' }, { type: 'REQUEST' }, { type: 'SUPPORT' },
  { type: 'LEAK' }, { type: 'DECIDE' }, { type: 'REQUEST' }, { type: 'SUPPORT' }, { type: 'REQUEST' },
  { type: 'EASE' }, { type: 'DECIDE' }, { type: 'PRESS' }, { type: 'SUPPORT' }, { type: 'REQUEST' },
  { type: 'REMARK', public: true }, { type: 'PRESS' }, { type: 'DECIDE' }, { type: 'REMARK', public: false }, { type: 'PRESS' },
  { type: 'REMARK', public: true }, { type: 'LEAK' }, { type: 'SUPPORT' }, { type: 'SIGN' }, { type: 'EASE' },
  { type: 'CONFIRM' }, { type: 'PRESS' }, { type: 'SUPPORT' }, { type: 'EASE' }, { type: 'REQUEST' },
  { type: 'DECIDE' }, { type: 'PRESS' }, { type: 'SUPPORT' }, { type: 'LEAK' }, { type: 'EASE' },
];

/** The micro-model's state as the reducers keep it. */
export interface MicroState {
  review: 'idle' | 'requested' | 'waiting' | 'drafting' | 'deferred' | 'approved' | 'inEffect';
  publicity: 'secret' | 'leaked' | 'signalled' | 'confirmed';
  pressure: number;
  support: number;
  requests: number;
}

export const MICRO_INITIAL: MicroState = { review: 'idle', publicity: 'secret', pressure: 0, support: 0, requests: 0 };

const pressing = (s: MicroContext) => s.pressure >= 3;
const supported = (s: MicroContext) => s.support >= 2;
const strongCase = (s: MicroContext) => s.support + s.pressure >= 6;

/** The same logic as a reducer that builds a new state object on each step (spreads), as the model keeps its state. */
export function immutableReducer(s: MicroState, e: MicroEvent): MicroState {
  let next = s;
  if (e.type === 'PRESS') next = { ...next, pressure: next.pressure + 1 };
  else if (e.type === 'EASE' && next.review !== 'waiting') next = { ...next, pressure: Math.max(0, next.pressure - 1) };
  else if (e.type === 'SUPPORT' && !(next.review === 'waiting' && !supported(next))) next = { ...next, support: next.support + 1 };
  let review = next.review;
  const decided = s.review === 'approved';
  if (review === 'idle' && e.type === 'REQUEST' && pressing(s)) {
    review = 'requested';
    next = { ...next, requests: next.requests + 1 };
  } else if (review === 'waiting' && e.type === 'SUPPORT' && !supported(s)) review = 'drafting';
  else if (review === 'waiting' && e.type === 'EASE') review = 'idle';
  else if (review === 'drafting' && e.type === 'DECIDE') review = strongCase(s) ? 'approved' : 'deferred';
  else if (review === 'deferred' && e.type === 'REQUEST' && pressing(s) && supported(s)) review = 'requested';
  else if (review === 'approved' && e.type === 'SIGN') review = 'inEffect';
  if (review === 'requested') review = supported(next) ? 'drafting' : 'waiting';
  let publicity = next.publicity;
  if (publicity === 'secret' && e.type === 'LEAK' && decided) publicity = 'leaked';
  else if (publicity === 'secret' && e.type === 'REMARK' && decided && e.public) publicity = 'signalled';
  else if ((publicity === 'leaked' || publicity === 'signalled') && e.type === 'CONFIRM') publicity = 'confirmed';
  return review === next.review && publicity === next.publicity ? next : { ...next, review, publicity };
}

/** The same logic again, mutating one state object in place: the practical floor. */
export function mutableReducer(s: MicroState, e: MicroEvent): MicroState {
  const before = { pressure: s.pressure, support: s.support, requests: s.requests };
  const decided = s.review === 'approved';
  if (e.type === 'PRESS') s.pressure++;
  else if (e.type === 'EASE' && s.review !== 'waiting') s.pressure = Math.max(0, s.pressure - 1);
  else if (e.type === 'SUPPORT' && !(s.review === 'waiting' && !supported(s))) s.support++;
  if (s.review === 'idle' && e.type === 'REQUEST' && pressing(before)) {
    s.review = 'requested';
    s.requests++;
  } else if (s.review === 'waiting' && e.type === 'SUPPORT' && !supported(before)) s.review = 'drafting';
  else if (s.review === 'waiting' && e.type === 'EASE') s.review = 'idle';
  else if (s.review === 'drafting' && e.type === 'DECIDE') s.review = strongCase(before) ? 'approved' : 'deferred';
  else if (s.review === 'deferred' && e.type === 'REQUEST' && pressing(before) && supported(before)) s.review = 'requested';
  else if (s.review === 'approved' && e.type === 'SIGN') s.review = 'inEffect';
  if (s.review === 'requested') s.review = supported(s) ? 'drafting' : 'waiting';
  if (s.publicity === 'secret' && e.type === 'LEAK' && decided) s.publicity = 'leaked';
  else if (s.publicity === 'secret' && e.type === 'REMARK' && decided && e.public) s.publicity = 'signalled';
  else if ((s.publicity === 'leaked' || s.publicity === 'signalled') && e.type === 'CONFIRM') s.publicity = 'confirmed';
  return s;
}
