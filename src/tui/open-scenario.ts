import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../engine/index.js';
import { loadScenario } from '../scenario/load.js';
import type { Opened } from './model/session.js';
import type { SessionIO } from './use-session.js';
import { writeNewFile } from './write-scenario.js';

/** Loads a scenario file and runs it: what the TUI opens. Throws `InputError` on bad input. */
export function openScenario(file: string): Opened {
  const scenario = loadScenario(file);
  return { file, id: scenario.id, title: scenario.title, run: simulate(scenario.inputs) };
}

/** The file system as the TUI uses it. */
export const FILE_IO: SessionIO = {
  open: openScenario,
  list: (dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)),
  exists: existsSync,
  writeNew: writeNewFile,
};
