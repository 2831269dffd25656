import {
  INSTANCES, MILESTONE_IDS, PRIMARY_SCOPE, applyEffects, initialLedger, milestoneOf, pace, readGuard,
  type ActorId, type InstanceId, type Ledger, type Params, type RecordParams,
} from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { formatDay } from './dates.js';
import { inputEffects } from './input-effects.js';
import { inputLogEvent } from './input-events.js';
import { recordStates, resolveEffects } from './records.js';
import type { AnyEvent, StepAction, Stepper } from './stepper.js';
import type { Timed } from './input-order.js';
import { playSession } from './play-session.js';
import type { LogEvent, MachineStates, Play, PlayOutcome } from './types.js';

interface Pending {
  readonly instance: number;
  readonly due: number;
  readonly order: number;
  readonly id: string | undefined;
  readonly event: AnyEvent;
  readonly cause: number | null;
}

interface Delivery {
  readonly event: AnyEvent;
  readonly cause: number | null;
  /** Only this instance (a delayed event it raised), or every instance but `from`. */
  readonly to: number;
  readonly from: number;
}

const EVERYONE = -1;
const MILESTONE_INDEX = new Map(MILESTONE_IDS.map((id, i) => [id, i]));
const milestoneIndexOf = (eventType: string): number => {
  const m = milestoneOf(eventType);
  return m === undefined ? -1 : MILESTONE_INDEX.get(m)!;
};

/** A played run: who is played and what they chose; `outcome` is filled in when the run ends. */
export interface PlayRun {
  readonly play: Play;
  /** Stop at the first decision no choice is given for, instead of letting the model decide. */
  readonly pause: boolean;
  outcome?: PlayOutcome;
}

/**
 * The one scheduler: a run's inputs in order on the simulated calendar, delays kept as
 * data, emitted events delivered to every other machine, each `record` a log event.
 * `log` gets the full log when given; `days` (milestones-only, a sweep's mode) the first
 * day of each milestone, and the run stops once all nine are known. `played` takes a played
 * role's decisions between steps (play-session.ts). Returns the initial states.
 */
export function schedule<S>(
  stepper: Stepper<S>, params: Params, inputs: readonly Timed[], log: LogEvent[] | undefined, days: Float64Array | undefined,
  played?: PlayRun,
): MachineStates {
  const recordState = recordStates();
  let ledger: Ledger = initialLedger(params);
  const states: S[] = [];
  let pending: Pending[] = [];
  let order = 0;
  let now = 0;
  let seq = 0;
  let missing = days ? days.length : Infinity;
  const actions: StepAction[] = [];
  let queue: Delivery[] = [];

  const append = (event: Omit<LogEvent, 'seq' | 'date'>): number => {
    seq++;
    log?.push({ ...event, seq, date: formatDay(now) } as LogEvent);
    return seq;
  };

  /** Carries out one step's actions, queueing what it sends on (unless `discard`). */
  const handle = (k: number, event: AnyEvent, cause: number | null, discard: boolean): void => {
    const inst = INSTANCES[k]!;
    let last = cause;
    for (const action of actions) {
      const p = action.params;
      if (action.type === 'record') {
        const r = p as RecordParams;
        const effects = resolveEffects(r, params);
        if (log) {
          const guard = r.guard ? readGuard(r.guard, ledger, params, inst.scope) : undefined;
          // Read as the guard is, from the ledger as of now; logged only when urgency shortened the step.
          const paced = r.pace ? pace(r.pace, ledger, params, inst.scope) : undefined;
          const actor: ActorId = r.actor ?? ('by' in event ? (event as { by: ActorId }).by : inst.machine as ActorId);
          last = append({
            kind: 'decision', type: r.event, actor, sources: [], cause: last,
            data: {
              machine: inst.id, state: recordState.get(r.event) ?? '', says: r.says,
              ...(inst.machine === 'decision' ? { scope: inst.scope } : {}),
              ...(guard ? { guard } : {}), ...(effects ? { effects } : {}),
              ...(paced && paced.days < paced.base ? { pace: paced } : {}),
            },
          });
        } else {
          last = ++seq;
          if (days && inst.machine === 'decision' && inst.scope === PRIMARY_SCOPE) {
            const m = milestoneIndexOf(r.event);
            if (m >= 0 && days[m] === -1) {
              days[m] = Math.floor(now);
              missing--;
            }
          }
        }
        if (effects) {
          ledger = applyEffects(ledger, effects);
          if (!discard) queue.push({ event: { type: 'LEDGER_UPDATED', ledger } as AnyEvent, cause: last, to: EVERYONE, from: EVERYONE });
        }
      } else if (action.type === 'xstate.emit') {
        if (!discard) queue.push({ event: p.event, cause: last, to: EVERYONE, from: k });
      } else if (action.type === 'xstate.raise' && typeof p.delay === 'number') {
        pending.push({ instance: k, due: now + p.delay / DAY_MS, order: order++, id: p.id, event: p.event, cause: last });
      } else if (action.type === 'xstate.cancel') {
        pending = pending.filter((t) => !(t.instance === k && t.id === p.sendId));
      }
    }
    actions.length = 0;
  };

  const deliver = (first: Delivery): void => {
    queue = [first];
    for (let head = 0; head < queue.length; head++) {
      const d = queue[head]!;
      const plan = stepper.plan(d.event.type);
      for (let k = 0; k < states.length; k++) {
        if ((d.to !== EVERYONE && d.to !== k) || d.from === k) continue;
        states[k] = stepper.step(k, states[k]!, d.event, actions, plan);
        if (actions.length) handle(k, d.event, d.cause, false);
      }
    }
  };

  const initialStates = {} as Record<InstanceId, Record<string, string>>;
  const initEvent = { type: 'LEDGER_UPDATED', ledger } as AnyEvent;
  for (let k = 0; k < INSTANCES.length; k++) {
    const inst = INSTANCES[k]!;
    const roles = played?.play.roles;
    states.push(stepper.initial(k, { ledger, params, scope: inst.scope, ...(roles?.length ? { played: roles } : {}) }, actions));
    if (log) initialStates[inst.id] = stepper.regions(k, states[k]!);
    handle(k, initEvent, null, true);
  }

  const session = played && played.play.roles.length > 0 ? playSession(played.play, params, played.pause, {
    regions: (k) => stepper.regions(k, states[k]!), ledger: () => ledger, date: () => formatDay(now), seq: () => seq,
    append, deliver: (event, cause, to) => deliver({ event, cause, to, from: EVERYONE }),
  }) : undefined;
  let next = 0;
  let stepCause: number | null = null;
  let stepped = false;
  for (;;) {
    // After each step, not before the first: a decision is taken on a day of the run.
    if (session && stepped && !session.settle(stepCause)) break;
    stepped = true;
    let timer: Pending | undefined;
    for (const t of pending) if (!timer || t.due < timer.due || (t.due === timer.due && t.order < timer.order)) timer = t;
    const input = inputs[next];
    if ((!timer && !input) || missing === 0) break;
    if (timer && (!input || timer.due <= input.at)) {
      pending = pending.filter((t) => t !== timer);
      now = timer.due;
      stepCause = timer.cause;
      deliver({ event: timer.event, cause: timer.cause, to: timer.instance, from: EVERYONE });
    } else if (input) {
      next++;
      now = input.at;
      const { event, model } = input.input;
      const effects = inputEffects(event, params);
      const cause = log ? append(inputLogEvent(event, effects)) : ++seq;
      stepCause = cause;
      if (Object.keys(effects).length > 0) {
        ledger = applyEffects(ledger, effects);
        deliver({ event: { type: 'LEDGER_UPDATED', ledger } as AnyEvent, cause, to: EVERYONE, from: EVERYONE });
      }
      deliver({ event: model as AnyEvent, cause, to: EVERYONE, from: EVERYONE });
    }
  }
  if (played && session) played.outcome = session.outcome();
  return initialStates as MachineStates;
}
