import {
  INSTANCES, MACHINES, MACHINE_IDS, MILESTONE_IDS, PRIMARY_SCOPE, applyEffects, initialLedger, milestoneOf, readGuard,
  type ActorId, type InstanceId, type Ledger, type MachineId, type Params, type RecordParams, type Scope,
} from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { formatDay } from '../engine/dates.js';
import { RECORD_STATES, inputLogEvent, resolveEffects } from '../engine/simulate.js';
import { regionsOf } from '../engine/state-paths.js';
import type { LogEvent, MachineStates, RunInputs, RunResult } from '../engine/types.js';
import { compileMachine } from './stepper/compile-machine.js';
import type { AnyEvent, CompiledMachine, EventPlan, MachineState, StepAction } from './stepper/compiled-machine.js';
import { initialState, step } from './stepper/macrostep.js';
import { stateValueOf } from './stepper/state-value.js';
import { prepareInputs, timeline, type Timed } from './timeline.js';

/** Every machine of the model compiled once per process. */
const COMPILED = new Map<MachineId, CompiledMachine>(MACHINE_IDS.map((id) => [id, compileMachine(MACHINES[id])]));

interface Instance {
  readonly id: InstanceId;
  readonly machine: MachineId;
  readonly scope: Scope;
  readonly cm: CompiledMachine;
  readonly decision: boolean;
  /** The instance whose milestones are the contract's nine. */
  readonly primary: boolean;
}

const RUNNING: readonly Instance[] = INSTANCES.map((i) => ({
  ...i, cm: COMPILED.get(i.machine)!, decision: i.machine === 'decision', primary: i.machine === 'decision' && i.scope === PRIMARY_SCOPE,
}));

const MILESTONE_INDEX = new Map(MILESTONE_IDS.map((id, i) => [id, i]));
const milestoneIndexOf = (eventType: string): number => {
  const m = milestoneOf(eventType);
  return m === undefined ? -1 : MILESTONE_INDEX.get(m)!;
};

/**
 * The reference engine's run, stepped by the compiled machines instead of
 * XState's `transition()`: the same log, event for event.
 *
 * @example
 *   runFast(loadScenario('scenarios/baseline.yaml').inputs).events.length // 70
 */
export function runFast(inputs: RunInputs): RunResult {
  const log: LogEvent[] = [];
  const initialStates = execute(inputs.params, timeline(prepareInputs(inputs.events)), log, undefined);
  return { inputs, initialLedger: initialLedger(inputs.params), initialStates, events: log };
}

/**
 * The day (days since 1970-01-01) each of the nine milestones was first
 * reached, or -1: what a sweep keeps of a run. Builds no log.
 */
export function milestoneDays(params: Params, inputs: readonly Timed[], out = new Float64Array(MILESTONE_IDS.length)): Float64Array {
  out.fill(-1);
  execute(params, inputs, undefined, out);
  return out;
}

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

const PLANS = new Map<string, (EventPlan | null)[]>();
/** Each instance's plan for an event type, looked up once per type (null: it has no transition for it). */
function plansFor(type: string): (EventPlan | null)[] {
  let out = PLANS.get(type);
  if (!out) PLANS.set(type, (out = RUNNING.map((i) => i.cm.plans.get(type) ?? null)));
  return out;
}

/** The run itself: `log` gets the full log when given; `days` the first day of each milestone. */
function execute(params: Params, inputs: readonly Timed[], log: LogEvent[] | undefined, days: Float64Array | undefined): MachineStates {
  let ledger: Ledger = initialLedger(params);
  const states: MachineState[] = [];
  let pending: Pending[] = [];
  let order = 0;
  let now = 0;
  let seq = 0;
  // Milestones not reached yet: once none is left, nothing later can change what a sweep keeps.
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
    const inst = RUNNING[k]!;
    let last = cause;
    for (const action of actions) {
      const p = action.params;
      if (action.type === 'record') {
        const r = p as RecordParams;
        const effects = resolveEffects(r, params);
        if (log) {
          const guard = r.guard ? readGuard(r.guard, ledger, params, inst.scope) : undefined;
          const actor: ActorId = r.actor ?? ('by' in event ? (event as { by: ActorId }).by : inst.machine as ActorId);
          last = append({
            kind: 'decision', type: r.event, actor, sources: [], cause: last,
            data: {
              machine: inst.id, state: RECORD_STATES.get(r.event) ?? '', says: r.says,
              ...(inst.decision ? { scope: inst.scope } : {}),
              ...(guard ? { guard } : {}), ...(effects ? { effects } : {}),
            },
          });
        } else {
          last = ++seq;
          if (days && inst.primary) {
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
      const plans = plansFor(d.event.type);
      for (let k = 0; k < RUNNING.length; k++) {
        if ((d.to !== EVERYONE && d.to !== k) || d.from === k) continue;
        const st = states[k]!;
        const plan = plans[k]!;
        if (plan === null && !st.eventless) continue;
        step(RUNNING[k]!.cm, st, d.event, actions, plan);
        if (actions.length) handle(k, d.event, d.cause, false);
      }
    }
  };

  const initialStates = {} as Record<InstanceId, Record<string, string>>;
  const initEvent = { type: 'LEDGER_UPDATED', ledger } as AnyEvent;
  for (let k = 0; k < RUNNING.length; k++) {
    const inst = RUNNING[k]!;
    states.push(initialState(inst.cm, { ledger, params, scope: inst.scope }, actions));
    if (log) initialStates[inst.id] = regionsOf(stateValueOf(inst.cm, states[k]!), inst.cm.root.type === 'parallel');
    handle(k, initEvent, null, true);
  }

  let next = 0;
  for (;;) {
    let timer: Pending | undefined;
    for (const t of pending) if (!timer || t.due < timer.due || (t.due === timer.due && t.order < timer.order)) timer = t;
    const input = inputs[next];
    if ((!timer && !input) || missing === 0) break;
    if (timer && (!input || timer.due <= input.at)) {
      pending = pending.filter((t) => t !== timer);
      now = timer.due;
      deliver({ event: timer.event, cause: timer.cause, to: timer.instance, from: EVERYONE });
    } else if (input) {
      next++;
      now = input.at;
      const { event, model, hasEffects } = input.input;
      const cause = log ? append(inputLogEvent(event)) : ++seq;
      if (hasEffects) {
        ledger = applyEffects(ledger, event.effects);
        deliver({ event: { type: 'LEDGER_UPDATED', ledger } as AnyEvent, cause, to: EVERYONE, from: EVERYONE });
      }
      deliver({ event: model, cause, to: EVERYONE, from: EVERYONE });
    }
  }
  return initialStates as MachineStates;
}
