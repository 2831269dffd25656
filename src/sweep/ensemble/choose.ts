import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedScenario } from '../../scenario/load.js';
import { InputError } from '../../scenario/errors.js';
import { loadSweepJob } from '../load-job.js';
import type { Members } from '../members.js';
import { readEnsemble, staleMessage, type Ensemble } from './ensemble-file.js';
import { priorInputs } from './prior-inputs.js';

/** How a command picks its members: `--ensemble FILE`, `--single` (none), or the one kept for the scenario's chain. */
export interface EnsembleChoice {
  readonly ensemble?: string;
  readonly single?: boolean;
}

/** The scenario and the ones it extends, itself first. */
export function chainOf(s: LoadedScenario): LoadedScenario[] {
  const out: LoadedScenario[] = [];
  for (let at: LoadedScenario | undefined = s; at; at = at.parent) out.push(at);
  return out;
}

/** Where a scenario's calibrated ensemble is kept: ensembles/<id>.jsonl beside the folder of its file (scenarios/ and ensembles/ side by side). */
export const keptEnsemble = (s: LoadedScenario): string => join(dirname(s.file), '..', 'ensembles', `${s.id}.jsonl`);

/** An ensemble picked for a command: its file, the scenario it calibrated, its members. */
export interface Chosen {
  readonly file: string;
  readonly of: string;
  readonly members: Members;
}

/**
 * The members the scenarios are asked of, or null for one run each: the given
 * ensemble, else the one kept for the nearest scenario that all of them extend
 * (or are). An ensemble of another model, or of a scenario none extends, is bad input.
 */
export function chooseMembers(scenarios: readonly LoadedScenario[], choice: EnsembleChoice): Chosen | null {
  if (choice.single) return null;
  const chains = scenarios.map(chainOf);
  const shared = (id: string) => chains.every((c) => c.some((s) => s.id === id));
  if (choice.ensemble) {
    const e = readEnsemble(choice.ensemble);
    const id = e.header.scenario.id;
    const calibrated = chains[0]!.find((s) => s.id === id);
    if (!calibrated || !shared(id)) {
      const who = scenarios.filter((_, i) => !chains[i]!.some((s) => s.id === id)).map((s) => s.file).join(' and ');
      throw new InputError([{ file: choice.ensemble, line: 1, message: `is an ensemble of "${id}", which ${who} neither is nor extends; give an ensemble of a scenario it extends, or --single for one run` }]);
    }
    return { file: e.file, of: id, members: membersOf(e, calibrated) };
  }
  for (const s of chains[0]!) {
    const file = keptEnsemble(s);
    if (shared(s.id) && existsSync(file)) return { file, of: s.id, members: membersOf(readEnsemble(file), s) };
  }
  return null;
}

/** An ensemble's members, once it is known to be of this version of the scenario it calibrated. */
export function membersOf(e: Ensemble, calibrated: LoadedScenario): Members {
  if (e.header.scenario.id !== calibrated.id) {
    throw new InputError([{ file: e.file, line: 1, message: `is an ensemble of "${e.header.scenario.id}", kept where ${calibrated.id}'s belongs; rebuild it with \`redline calibrate ${calibrated.file} --out ${e.file}\`` }]);
  }
  const base = loadSweepJob(calibrated.file);
  const stale = staleMessage(e.file, e.header, { ...base, uncertainty: priorInputs(base.uncertainty) });
  if (stale) throw new InputError([{ file: e.file, line: 1, message: stale }]);
  return ensembleMembers(e, base.inputs);
}

/** An ensemble's members as the member runner takes them: each member's draws packed in one array. */
export function ensembleMembers(e: Ensemble, calibrated: Members['calibrated']): Members {
  const k = e.header.priors.length;
  const draws = new Float64Array(e.members.length * k);
  e.members.forEach((member, i) => draws.set(member.packed.subarray(0, k), i * k));
  return {
    source: `${e.file}: ${e.members.length.toLocaleString('en-US')} calibrated members`,
    kind: 'ensemble', uncertainty: e.header.priors, draws, count: e.members.length, calibrated,
  };
}
