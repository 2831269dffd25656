import { pushEffects, type Effects, type RecordParams } from '../../machines/index.js';
import { modelGraph } from './graph/model-graph.js';
import type { RunInputs } from './types.js';

/** Where each `record` lives in the machine definitions: log event type → state path (read from the model graph). */
export const recordStates = (): ReadonlyMap<string, string> => modelGraph().recordStates;

/** A record's effects with their named parameters read from the run's params. */
export const resolveEffects = (r: RecordParams, params: RunInputs['params']): Effects | undefined =>
  r.effects ? pushEffects(r.effects, params) : undefined;
