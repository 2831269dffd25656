import { createTimeline, evolve, eventName, initialRunState, type RunResult, type Timeline } from '../../engine/index.js';
import { GAUGES, gaugeValues, type GaugeId } from './gauges.js';
import { partitionPoint } from '../../util/partition-point.js';

/** One event's move of one gauge. */
export interface Move {
  readonly seq: number;
  readonly date: string;
  readonly name: string;
  readonly delta: number;
  /** The gauge's reading after the event. */
  readonly value: number;
}

/**
 * What the panes look up at every step, computed once per run so a step costs
 * the same at event 10 and at event 10,000.
 */
export interface RunIndex {
  readonly run: RunResult;
  readonly timeline: Timeline;
  /** Per gauge, the events that moved it, in log order. */
  readonly moves: ReadonlyMap<GaugeId, readonly Move[]>;
  /** seq → the seqs of the events it caused directly. */
  readonly caused: ReadonlyMap<number, readonly number[]>;
  /** Decision-machine state path → the seq that first entered it. */
  readonly firstEntry: ReadonlyMap<string, number>;
}

export function indexRun(run: RunResult): RunIndex {
  const params = run.inputs.params;
  const moves = new Map<GaugeId, Move[]>(GAUGES.map((g) => [g.id, []]));
  const caused = new Map<number, number[]>();
  const firstEntry = new Map<string, number>();
  let state = initialRunState(run);
  let values = gaugeValues(state.ledger, params);
  for (const e of run.events) {
    const next = evolve(state, e);
    if (next.ledger !== state.ledger) {
      const after = gaugeValues(next.ledger, params);
      GAUGES.forEach((g, i) => {
        const delta = after[i]! - values[i]!;
        if (Math.abs(delta) > 1e-9) moves.get(g.id)!.push({ seq: e.seq, date: e.date, name: eventName(e), delta: round(delta), value: after[i]! });
      });
      values = after;
    }
    if (e.cause !== null) {
      const list = caused.get(e.cause);
      if (list) list.push(e.seq);
      else caused.set(e.cause, [e.seq]);
    }
    if (e.kind === 'decision' && e.data.machine === 'decision' && !firstEntry.has(e.data.state)) firstEntry.set(e.data.state, e.seq);
    state = next;
  }
  return { run, timeline: createTimeline(run), moves, caused, firstEntry };
}

/** The moves of a gauge up to and including `seq`. */
export function movesUpTo(index: RunIndex, gauge: GaugeId, seq: number): readonly Move[] {
  const all = index.moves.get(gauge) ?? [];
  return all.slice(0, partitionPoint(all.length, (i) => all[i]!.seq <= seq));
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
