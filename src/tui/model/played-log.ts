import { join } from 'node:path';
import { formatLog } from '../../log/format-log.js';
import type { Session } from './session.js';

/** Where `w` saves a played run's log: the folder the docs' `play --log` examples use. */
export const RUNS_DIR = 'runs';

/** A session showing a played run that no fork has changed since: `w` writes its log. */
export const isPlayed = (session: Session): boolean => session.changes.length === 0 && session.run.inputs.play !== undefined;

/** Where `w` offers to write a played run's log: runs/, under the first free `<id>-<roles>-<n>.jsonl`. */
export function playedLogPath(session: Session, exists: (path: string) => boolean): string {
  const stem = `${session.origin.id}-${session.run.inputs.play!.roles.join('-')}`;
  let n = 1;
  while (exists(join(RUNS_DIR, `${stem}-${n}.jsonl`))) n++;
  return join(RUNS_DIR, `${stem}-${n}.jsonl`);
}

/** The played run's log, as `play --log` writes it: it replays, verifies and debriefs the same. */
export const playedLogText = (session: Session): string => formatLog(session.run);
