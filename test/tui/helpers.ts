import { simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { openSession, type Opened, type Session } from '../../src/tui/model/session.js';
import { BASELINE } from '../helpers/scenario.js';

let cached: Opened | undefined;

/** The baseline, loaded and run once per test file. */
export function baselineOpened(): Opened {
  if (!cached) {
    const s = loadScenario(BASELINE);
    cached = { file: BASELINE, id: s.id, title: s.title, run: simulate(s.inputs) };
  }
  return cached;
}

export function baselineSession(): Session {
  return openSession(baselineOpened());
}

/** The seq of the input with this id in a run. */
export function seqOfInput(session: Session, id: string): number {
  const e = session.run.events.find((x) => x.kind === 'input' && x.data.id === id);
  if (!e) throw new Error(`no input ${id}`);
  return e.seq;
}

const ESC = String.fromCharCode(27);

/** Whether a frame carries a foreground colour code (ESC [ 3x m). */
export const hasColour = (frame: string): boolean => frame.split(`${ESC}[`).slice(1).some((part) => /^3\dm/.test(part));

export { stripVTControlCharacters as stripAnsi } from 'node:util';
