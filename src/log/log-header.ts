import pkg from '../../package.json' with { type: 'json' };
import type { Ledger } from '../../machines/index.js';
import type { MachineStates, RunInputs, RunResult } from '../engine/types.js';
import { modelHash } from './model-hash.js';

export const LOG_FORMAT = 'redline-log';
/** The log format this redline writes; it reads this one and, through upcasters, older ones. */
export const LOG_VERSION = 2;
export const REDLINE_VERSION: string = pkg.version;

/** The first line of a log: enough to replay the run without its scenario file. */
export interface LogHeader {
  readonly format: typeof LOG_FORMAT;
  readonly version: number;
  /** The redline that wrote the log. */
  readonly redline: string;
  /** The model that produced the events (see `modelHash`). */
  readonly modelHash: string;
  readonly scenario: string;
  readonly seed: number;
  readonly inputs: RunInputs;
  readonly initialLedger: Ledger;
  readonly initialStates: MachineStates;
}

/** The header for a run made by this redline. */
export function logHeader(run: RunResult): LogHeader {
  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    redline: REDLINE_VERSION,
    modelHash: modelHash(),
    scenario: run.inputs.scenario.id,
    seed: run.inputs.seed,
    inputs: run.inputs,
    initialLedger: run.initialLedger,
    initialStates: run.initialStates,
  };
}
