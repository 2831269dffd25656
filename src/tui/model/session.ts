import { simulate, type RunResult } from '../../engine/index.js';
import { applyChanges, type Change } from '../fork.js';
import { firstDivergence } from './divergence.js';
import { indexRun, type RunIndex } from './run-index.js';

/** A run the TUI opened: a scenario file (or, later, a recorded log) and its result. */
export interface Opened {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly run: RunResult;
}

/** What the TUI shows: a run, perhaps forked from the one opened, and what `d` compares it with. */
export interface Session {
  readonly origin: Opened;
  readonly reference: Opened;
  readonly changes: readonly Change[];
  readonly run: RunResult;
  readonly index: RunIndex;
  /** Where the fork leaves the original; null when not forked or when nothing changed. */
  readonly divergence: number | null;
  /** The step and date the first change was made at. */
  readonly forkedAt: { readonly seq: number; readonly date: string | null } | null;
}

export function openSession(opened: Opened, reference: Opened = opened): Session {
  return { origin: opened, reference, changes: [], run: opened.run, index: indexRun(opened.run), divergence: null, forkedAt: null };
}

/** The session with one more change, its run recomputed from the original inputs. */
export function forkSession(session: Session, change: Change, at: { seq: number; date: string | null }): Session {
  const changes = [...session.changes, change];
  const run = simulate(applyChanges(session.origin.run.inputs, changes));
  return {
    ...session, changes, run, index: indexRun(run),
    divergence: firstDivergence(session.origin.run.events, run.events),
    forkedAt: session.forkedAt ?? at,
  };
}
