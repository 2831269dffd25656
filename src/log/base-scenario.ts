import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { unplayed } from '../engine/play-session.js';
import type { RunInputs } from '../engine/types.js';
import { loadScenario } from '../scenario/load.js';
import { canonicalJson } from '../util/canonical-json.js';

/** How a fork written to `outFile` names the scenario it extends, and what the user should know about it. */
export interface BaseScenario {
  /** The scenario id when its file sits beside the fork, else a path relative to the fork. */
  readonly ref: string;
  /** The scenario's file, when one was found. */
  readonly file?: string;
  readonly warnings: readonly string[];
}

/**
 * Finds the file of the log's scenario for `extends`: beside the fork, else under
 * ./scenarios. Warns when none is found, or when the file no longer holds the inputs
 * the log recorded (the fork extends the file as it is now).
 */
export function baseScenario(inputs: RunInputs, outFile: string): BaseScenario {
  const id = inputs.scenario.id;
  const outDir = dirname(outFile);
  const candidates = [join(outDir, `${id}.yaml`), join('scenarios', `${id}.yaml`)];
  const found = candidates.find((f) => existsSync(f));
  if (!found) {
    return { ref: id, warnings: [`no file for scenario "${id}" beside ${outFile} or in scenarios/; the fork names it by id, so keep them in one folder`] };
  }
  const rel = relative(outDir, found).split(sep).join('/');
  const ref = found === candidates[0] ? id : rel.startsWith('.') ? rel : `./${rel}`;
  let same: boolean | undefined;
  try {
    // A played log's header also keeps the play, which no scenario holds.
    same = canonicalJson(loadScenario(found).inputs) === canonicalJson(unplayed(inputs));
  } catch {
    same = undefined;
  }
  const warnings = same === true ? [] : same === false
    ? [`${found} has changed since the log was recorded; the fork extends the file as it is now`]
    : [`could not load ${found} to check it still matches the log`];
  return { ref, file: found, warnings };
}
