import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import { defaultParams, initialLedger, type Ledger, type ModelEvent, type Params } from '../../machines/index.js';

type ActionLike = { type: string; params?: any };

/**
 * Drives one machine through the pure transition API, keeping its delayed
 * events so a test can fire them: given events → then state.
 */
export function drive(machine: AnyStateMachine, opts: { ledger?: Partial<Ledger>; params?: Partial<Params> } = {}) {
  const params = { ...defaultParams(), ...opts.params } as Params;
  const ledger = { ...initialLedger(params), ...opts.ledger } as Ledger;
  let [snapshot, actions] = initialTransition(machine, { ledger, params }) as [AnyMachineSnapshot, ActionLike[]];
  let timers: { event: ModelEvent; delay: number; id?: string }[] = [];
  const records: string[] = [];
  const emitted: string[] = [];
  /** The pushes each record with effects carries, in order. */
  const effects: unknown[] = [];
  const take = (acts: ActionLike[]) => {
    for (const a of acts) {
      if (a.type === 'record') records.push(a.params.event);
      if (a.type === 'record' && a.params.effects) effects.push(a.params.effects);
      if (a.type === 'xstate.emit') emitted.push(a.params.event.type);
      if (a.type === 'xstate.raise' && typeof a.params?.delay === 'number') timers.push({ event: a.params.event, delay: a.params.delay, id: a.params.id });
      if (a.type === 'xstate.cancel') timers = timers.filter((t) => t.id !== a.params.sendId);
    }
  };
  take(actions);
  const api = {
    send(event: ModelEvent) {
      [snapshot, actions] = transition(machine, snapshot, event) as [AnyMachineSnapshot, ActionLike[]];
      take(actions);
      return api;
    },
    setLedger(patch: Partial<Ledger>) {
      return api.send({ type: 'LEDGER_UPDATED', ledger: { ...snapshot.context.ledger, ...patch } });
    },
    /** Fires the earliest pending delayed event; returns its delay in days. */
    elapse() {
      const t = timers.shift();
      if (!t) throw new Error('no pending delay');
      api.send(t.event);
      return t.delay / 86_400_000;
    },
    get value() { return snapshot.value; },
    get snapshot() { return snapshot; },
    get timers() { return timers.map((t) => t.delay / 86_400_000); },
    records, emitted, effects,
    matches: (v: any) => snapshot.matches(v),
  };
  return api;
}
