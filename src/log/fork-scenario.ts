import type { Change } from '../scenario/changes.js';
import { yamlLib } from '../scenario/yaml-lib.js';
import type { LoadedLog } from './parse-log.js';

export interface ForkScenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly extends: string;
  readonly changes: readonly Change[];
}

/** The scenario a fork writes: it extends the log's scenario and lists the changes. */
export function forkScenario(log: LoadedLog, at: number, changes: readonly Change[], id: string, base: string): ForkScenario {
  const point = at > 0 ? log.run.events[at - 1] : undefined;
  const after = point ? `after event ${at} (${point.date}, ${point.type})` : 'before its first event';
  const n = changes.length;
  return {
    id,
    title: `${log.run.inputs.scenario.title}, forked ${point ? `after event ${at}` : 'at the start'}`.slice(0, 200),
    summary: `${log.run.inputs.scenario.id} forked ${after} with ${n} change${n === 1 ? '' : 's'}; `
      + `the events up to the fork point are those of the recorded run.`,
    extends: base,
    changes,
  };
}

/** The YAML text of a fork scenario, with a comment saying where it came from. */
export function forkScenarioYaml(scenario: ForkScenario, logFile: string, at: number): string {
  return `# Written by "redline fork ${logFile} --at ${at}".\n${yamlLib().stringify(scenario, { lineWidth: 0 })}`;
}
