export { simulate, simulateReference, milestoneDays } from './simulate.js';
export { toModelEvent } from './input-events.js';
export { inputEffects, overridesEffects, effectOverrides } from './input-effects.js';
export { evolve, foldRun, initialRunState, milestoneDates, decisionStateLabel, type RunState, type MilestoneHit, type Milestones } from './evolve.js';
export { causeChain, eventName, sourcesBehind } from './causes.js';
export { parseDay, formatDay, daysBetween } from './dates.js';
export type * from './types.js';
export { createTimeline, type Timeline } from './timeline.js';
export * from './graph/index.js';
