import { modelGraph, UnsupportedFeatureError } from '../engine/graph/index.js';
import { InputError } from '../scenario/errors.js';

/**
 * Reads the model graph before a command runs, so a machine the engine cannot run is refused
 * at load, by every command alike: bad input (exit 2) naming the machine, the state and the feature.
 */
export function checkModel(): void {
  try {
    modelGraph();
  } catch (err) {
    if (!(err instanceof UnsupportedFeatureError)) throw err;
    throw new InputError([{
      file: `machines/${err.machine}.machine.ts`,
      message: `${err.message}; the engine runs states, transitions, guards, delays and the model's own actions: write ${err.where} without ${err.what}`,
    }]);
  }
}
