import { createRequire } from 'node:module';
import { MILESTONE_IDS, WINDOWS, type MilestoneId, type Window } from '../../../machines/index.js';
import { modelHash } from '../../log/model-hash.js';
import { InputError } from '../../scenario/errors.js';
import { checkReadable } from '../../scenario/read-text-file.js';
import { readLines } from '../read-lines.js';
import { fromRow, toRow, type SweepHeader, type SweepRow } from '../rows.js';
import type { SweepJob } from '../sweep-job.js';
import type { UncertainInput } from '../uncertainty.js';

// node:crypto is loaded when a fingerprint is first wanted (see src/log/model-hash.ts).
const createHash = (algorithm: string) => (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/**
 * The first line of an ensemble (JSON Lines): the model and record it was
 * calibrated on, the priors drawn from, and how many draws were tried and kept.
 * Then one line a member: its run, its generator's seed, draws and milestone dates.
 */
export interface EnsembleHeader {
  readonly redline: 'ensemble';
  readonly version: 1;
  /** The model hash (src/log/model-hash.ts) the members were accepted under. */
  readonly model: string;
  readonly scenario: { readonly id: string; readonly title: string };
  /** A hash of the calibrated scenario's parameters, inputs and priors. */
  readonly fingerprint: string;
  readonly seed: number;
  /** Draws planned in all shards; this file holds those of [from, to). */
  readonly draws: number;
  readonly shard: { readonly index: number; readonly count: number };
  readonly from: number;
  readonly to: number;
  readonly tried: number;
  readonly accepted: number;
  /** Draws of this file's range that missed each milestone's window. */
  readonly misses: Readonly<Record<MilestoneId, number>>;
  readonly priors: readonly UncertainInput[];
  readonly windows: Readonly<Record<MilestoneId, Window>>;
}

export type Member = SweepRow;

/** The fingerprint of a calibration: what would make its members another model's. */
export function calibrationFingerprint(job: SweepJob): string {
  const { params, events } = job.inputs;
  return createHash('sha256').update(JSON.stringify({ params, events, priors: job.uncertainty, windows: WINDOWS })).digest('hex').slice(0, 16);
}

/** A sweep header over the same draws, so members read and write as sweep rows do. */
export function asSweepHeader(h: Pick<EnsembleHeader, 'scenario' | 'seed' | 'draws' | 'shard' | 'from' | 'to' | 'priors' | 'fingerprint'>): SweepHeader {
  return {
    redline: 'sweep', version: 2, scenario: h.scenario, seed: h.seed, runs: h.draws, shard: h.shard,
    from: h.from, to: h.to, uncertainty: h.priors, fingerprint: h.fingerprint,
  };
}

export const memberLine = (header: SweepHeader, run: number, packed: Float64Array): string => JSON.stringify(toRow(header, run, packed));

export function formatEnsemble(header: EnsembleHeader, members: readonly string[]): string {
  return `${[JSON.stringify(header), ...members].join('\n')}\n`;
}

export interface Ensemble {
  readonly file: string;
  readonly header: EnsembleHeader;
  /** Each member's packed row (draws, then milestone days), in run order. */
  readonly members: readonly { readonly run: number; readonly packed: Float64Array }[];
}

const bad = (file: string, line: number | undefined, message: string) => new InputError([{ file, ...(line ? { line } : {}), message }]);

/** The message an ensemble of another model gets. */
export function staleMessage(file: string, header: Pick<EnsembleHeader, 'model' | 'fingerprint'>, job?: SweepJob): string | undefined {
  if (header.model !== modelHash()) {
    return `was calibrated on another model (${header.model.slice(0, 19)}…, this redline's is ${modelHash().slice(0, 19)}…): the model changed since; run \`npm run calibrate\` to rebuild it`;
  }
  if (job && header.fingerprint !== calibrationFingerprint(job)) {
    return 'was calibrated on another version of its scenario, priors or record (its fingerprint differs): run `npm run calibrate` to rebuild it';
  }
  return undefined;
}

/** Reads an ensemble file; a file of another model, or not an ensemble, is refused with file and line. */
export function readEnsemble(file: string, options: { allowStale?: boolean } = {}): Ensemble {
  checkReadable(file);
  let header: EnsembleHeader | undefined;
  let sweep: SweepHeader | undefined;
  const members: { run: number; packed: Float64Array }[] = [];
  for (const line of readLines(file)) {
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      throw bad(file, line.number, line.number === 1 ? 'not a redline ensemble: the first line should be its header, as written by "redline calibrate --out"' : 'not a JSON line; the file was cut or edited: rebuild it with `npm run calibrate`');
    }
    if (!header) {
      const h = value as Partial<EnsembleHeader> | null;
      if (!h || h.redline !== 'ensemble') throw bad(file, 1, 'not a redline ensemble: the first line should be its header, as written by "redline calibrate --out"');
      if (h.version !== 1) throw bad(file, 1, `holds an ensemble of version ${JSON.stringify(h.version)}, which this redline does not know (it reads 1); rebuild it with \`npm run calibrate\``);
      header = h as EnsembleHeader;
      const stale = options.allowStale ? undefined : staleMessage(file, header);
      if (stale) throw bad(file, 1, stale);
      sweep = asSweepHeader(header);
      continue;
    }
    const packed = new Float64Array(header.priors.length + MILESTONE_IDS.length);
    try {
      members.push({ run: fromRow(sweep!, value, packed), packed });
    } catch (err) {
      throw bad(file, line.number, `not an ensemble member: ${(err as Error).message}`);
    }
  }
  if (!header) throw bad(file, undefined, 'is empty: an ensemble starts with its header line; rebuild it with `npm run calibrate`');
  if (members.length !== header.accepted) throw bad(file, undefined, `holds ${members.length} members, its header says ${header.accepted}: the file was cut; rebuild it with \`npm run calibrate\``);
  return { file, header, members };
}
