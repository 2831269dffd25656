import { FORCE_NAMES } from '../../machines/index.js';
import type { ScenarioEvent } from '../engine/types.js';
import { InputError, byPosition } from '../scenario/errors.js';
import { checkEventFields } from '../scenario/event-checks.js';
import { zodProblems } from '../scenario/zod-problems.js';
import { eventSchema } from '../scenario/schema.js';
import { readYamlFile } from '../scenario/yaml-file.js';

/**
 * Reads one event from a YAML file, written as in a scenario's `events` list, for
 * `fork --add`. Problems name the file, line and column.
 *
 * @example
 *   readEventFile('press-leak.yaml') // { id: 'press-leak', date: '2024-05-22', ... }
 */
export function readEventFile(file: string): ScenarioEvent {
  const yaml = readYamlFile(file, 'an event file');
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    throw new InputError([{ file, message: 'an event file holds one event as a mapping: id, date, actor, type, summary, effects, sources' }]);
  }
  const parsed = eventSchema.safeParse(yaml.data);
  const problems = [
    ...(parsed.success ? [] : zodProblems(yaml, parsed.error.issues, [], (path) => (path.at(-1) === 'effects' ? FORCE_NAMES : Object.keys(eventSchema.shape)))),
    ...checkEventFields(yaml.data).map((p) => yaml.problem(p.path, p.message)),
  ];
  problems.sort(byPosition);
  if (!parsed.success || problems.length > 0) throw new InputError(problems);
  return parsed.data as ScenarioEvent;
}

