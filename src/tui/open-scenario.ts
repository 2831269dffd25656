import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extendsRefTo, FORKS_DIR } from './model/fork-file.js';
import { RUNS_DIR } from './model/played-log.js';
import { simulate } from '../engine/simulate.js';
import { baseScenario } from '../log/base-scenario.js';
import { loadScenario } from '../scenario/load.js';
import type { Opened } from './model/session.js';
import type { SessionIO } from './use-session.js';
import { writeNewFile } from './write-scenario.js';

/** Loads a scenario file and runs it: what the TUI opens. Throws `InputError` on bad input. */
export function openScenario(file: string): Opened {
  const scenario = loadScenario(file);
  const { parent } = scenario;
  return {
    file, id: scenario.id, title: scenario.title, run: simulate(scenario.inputs),
    ...(parent ? { parent: { id: parent.id, inputs: parent.inputs } } : {}),
  };
}

/** The file system as the TUI uses it. */
export const FILE_IO: SessionIO = {
  open: openScenario,
  list: (dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)),
  title: (file) => {
    try {
      return loadScenario(file).title;
    } catch {
      return undefined; // the picker says so; opening it shows the loader's messages
    }
  },
  exists: existsSync,
  writeNew: (path, text) => {
    if (dirname(path) === FORKS_DIR || dirname(path) === RUNS_DIR) mkdirSync(dirname(path), { recursive: true });
    writeNewFile(path, text);
  },
  // A scenario's fork names it by a path from the fork's folder; a log's finds the scenario file as `redline fork` does.
  extendsRef: (origin, path) => (origin.recorded ? baseScenario(origin.run.inputs, path).ref : extendsRefTo(origin.file, origin.id, path)),
};
