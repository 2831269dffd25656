import type { RunView } from '../tui.machine.js';
import type { Session } from './session.js';

/** The slice of a session the key handling reads. */
export function runView(session: Session, writePath: string | null): RunView {
  const { run, index } = session;
  const ids = new Set(run.inputs.events.map((e) => e.id));
  return {
    length: run.events.length,
    params: run.inputs.params,
    seqOn: (date) => index.timeline.seqOn(date),
    dateAt: (seq) => run.events[seq - 1]?.date ?? null,
    inputAt: (seq) => {
      const e = run.events[seq - 1];
      return e?.kind === 'input' ? e.data.id : null;
    },
    hasInput: (id) => ids.has(id),
    writePath: session.changes.length > 0 || session.run.inputs.play ? writePath : null,
    changes: session.changes.length,
    session,
  };
}
