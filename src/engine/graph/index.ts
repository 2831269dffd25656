export { modelGraph, stateAt, type ModelGraph, type Recorder } from './model-graph.js';
export { readMachine, UnsupportedFeatureError } from './read-machine.js';
export { combinatorOf } from './read-guard.js';
export type * from './types.js';
