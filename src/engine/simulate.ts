import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot, type StateNode } from 'xstate';
import {
  MACHINES, MACHINE_IDS, INSTANCES, INPUT_TYPES, PRIMARY_SCOPE, applyEffects, initialLedger, isParallel, readGuard,
  type ActorId, type Effects, type Instance, type InstanceId, type Ledger, type ModelEvent, type RecordParams,
} from '../../machines/index.js';
import { DAY_MS } from '../../machines/record.js';
import { formatDay, parseDay, INPUT_HOUR, type SimTime } from './dates.js';
import { regionsOf } from './state-paths.js';
import type { LogEvent, MachineStates, RunInputs, RunResult, ScenarioEvent } from './types.js';

interface Pending {
  readonly machine: InstanceId;
  readonly due: SimTime;
  readonly order: number;
  readonly id: string | undefined;
  readonly event: ModelEvent;
  readonly cause: number | null;
}

interface Delivery {
  readonly event: ModelEvent;
  readonly cause: number | null;
  /** Only this machine (a delayed event it raised itself), or every machine but the sender. */
  readonly to?: InstanceId;
  readonly from?: InstanceId;
}

type ActionLike = { type: string; params?: unknown };

/** Where each `record` lives in the machine definitions: log event type → state path. */
export const RECORD_STATES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const walk = (node: StateNode<any, any>, path: string[]) => {
    for (const action of node.entry as ActionLike[]) {
      if (action.type === 'record') out.set((action.params as RecordParams).event, path.join('.'));
    }
    for (const [key, child] of Object.entries(node.states)) walk(child, [...path, key]);
  };
  for (const id of MACHINE_IDS) walk(MACHINES[id].root, []);
  return out;
})();

/**
 * Runs a scenario's inputs through the machines on a simulated calendar and
 * returns the run's event log. Pure: the same inputs give the same log.
 *
 * @example
 *   const run = simulate(loadScenario('scenarios/baseline.yaml').inputs);
 *   milestonesOf(run) // { 'formal-request': '2024-05-13', ... }
 */
export function simulate(inputs: RunInputs): RunResult {
  const { params } = inputs;
  let ledger: Ledger = initialLedger(params);
  const log: LogEvent[] = [];
  const snapshots = {} as Record<InstanceId, AnyMachineSnapshot>;
  let pending: Pending[] = [];
  let order = 0;
  let now: SimTime = 0;

  const append = (event: Omit<LogEvent, 'seq' | 'date'>): number => {
    const seq = log.length + 1;
    log.push({ ...event, seq, date: formatDay(now) } as LogEvent);
    return seq;
  };

  /** Carries out what a machine's step returned; gives back the events it sends on. */
  const handleActions = (instance: Instance, actions: readonly ActionLike[], event: ModelEvent, cause: number | null): Delivery[] => {
    const { id: machine, machine: definition, scope } = instance;
    const out: Delivery[] = [];
    let last = cause;
    for (const action of actions) {
      const p = action.params as Record<string, unknown> | undefined;
      if (action.type === 'record') {
        const r = p as unknown as RecordParams;
        const effects = resolveEffects(r, params);
        const guard = r.guard ? readGuard(r.guard, ledger, params, scope) : undefined;
        const actor: ActorId = r.actor ?? ('by' in event ? event.by : definition as ActorId);
        last = append({
          kind: 'decision', type: r.event, actor, sources: [], cause: last,
          data: {
            machine, state: RECORD_STATES.get(r.event) ?? '', says: r.says,
            ...(definition === 'decision' ? { scope } : {}),
            ...(guard ? { guard } : {}), ...(effects ? { effects } : {}),
          },
        });
        if (effects) {
          ledger = applyEffects(ledger, effects);
          out.push({ event: { type: 'LEDGER_UPDATED', ledger }, cause: last });
        }
      } else if (action.type === 'xstate.emit') {
        out.push({ event: p!.event as ModelEvent, cause: last, from: machine });
      } else if (action.type === 'xstate.raise' && typeof p?.delay === 'number') {
        pending.push({
          machine, due: now + p.delay / DAY_MS, order: order++, id: p.id as string | undefined,
          event: p.event as ModelEvent, cause: last,
        });
      } else if (action.type === 'xstate.cancel') {
        pending = pending.filter((t) => !(t.machine === machine && t.id === p?.sendId));
      }
    }
    return out;
  };

  const deliver = (first: Delivery): void => {
    const queue: Delivery[] = [first];
    for (let d = queue.shift(); d; d = queue.shift()) {
      for (const instance of INSTANCES) {
        const { id, machine } = instance;
        if ((d.to && d.to !== id) || d.from === id) continue;
        const [next, actions] = transition(MACHINES[machine] as AnyStateMachine, snapshots[id], d.event);
        snapshots[id] = next;
        queue.push(...handleActions(instance, actions as ActionLike[], d.event, d.cause));
      }
    }
  };

  const initialStates = {} as Record<InstanceId, Record<string, string>>;
  for (const instance of INSTANCES) {
    const { id, machine, scope } = instance;
    const [snap, actions] = initialTransition(MACHINES[machine] as AnyStateMachine, { ledger, params, scope });
    snapshots[id] = snap;
    initialStates[id] = regionsOf(snap.value, isParallel(machine));
    handleActions(instance, actions as ActionLike[], { type: 'LEDGER_UPDATED', ledger }, null);
  }

  const inputs_ = [...inputs.events]
    .map((e, i) => ({ e, i, at: (parseDay(e.date) ?? NaN) + INPUT_HOUR }))
    .sort((a, b) => a.at - b.at || a.i - b.i);

  let next = 0;
  for (;;) {
    const timer = pending.reduce<Pending | undefined>(
      (best, t) => (!best || t.due < best.due || (t.due === best.due && t.order < best.order) ? t : best), undefined);
    const input = inputs_[next];
    if (!timer && !input) break;
    if (timer && (!input || timer.due <= input.at)) {
      pending = pending.filter((t) => t !== timer);
      now = timer.due;
      deliver({ event: timer.event, cause: timer.cause, to: timer.machine });
    } else if (input) {
      next++;
      now = input.at;
      const seq = append(inputLogEvent(input.e));
      if (Object.keys(input.e.effects).length > 0) {
        ledger = applyEffects(ledger, input.e.effects);
        deliver({ event: { type: 'LEDGER_UPDATED', ledger }, cause: seq });
      }
      deliver({ event: toModelEvent(input.e), cause: seq });
    }
  }

  return { inputs, initialLedger: initialLedger(params), initialStates: initialStates as MachineStates, events: log };
}

/** A record's effects with their named parameters read from the run's params. */
export function resolveEffects(r: RecordParams, params: RunInputs['params']): Effects | undefined {
  if (!r.effects) return undefined;
  const out: Record<string, number> = {};
  for (const [force, param] of Object.entries(r.effects)) out[force] = params[param];
  return out as Effects;
}

/** The log event an input writes. */
export function inputLogEvent(e: ScenarioEvent): Omit<LogEvent, 'seq' | 'date'> {
  return {
    kind: 'input', type: e.type, actor: e.actor, sources: e.sources, cause: null,
    data: {
      id: e.id, summary: e.summary, effects: e.effects,
      ...(e.level ? { level: e.level } : {}),
      ...(e.parties ? { parties: e.parties } : {}),
      ...(e.setting ? { setting: e.setting } : {}),
    },
  };
}

/** The machine event an input becomes. */
export function toModelEvent(e: ScenarioEvent): ModelEvent {
  const spec = INPUT_TYPES[e.type];
  if (spec.event === 'CHANNEL_OPENED') {
    return {
      type: 'CHANNEL_OPENED', by: e.actor, kind: 'channel' in spec ? spec.channel : 'meeting',
      level: e.level ?? 'staff', parties: e.parties ?? [e.actor],
    };
  }
  if (spec.event === 'REMARKS_MADE') return { type: 'REMARKS_MADE', by: e.actor, setting: e.setting ?? 'public' };
  if (spec.event === 'AIM_WIDENED') return { type: 'AIM_WIDENED', by: e.actor, scope: e.scope ?? PRIMARY_SCOPE };
  return { type: spec.event, by: e.actor } as ModelEvent;
}
