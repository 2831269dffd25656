import { createRequire } from 'node:module';
import { EFFECT_RULES, FORCES, GUARDS, INPUT_TYPES, MILESTONES, PARAMETER_NAMES, PARAMETERS } from '../../machines/index.js';
import { describeCombinator, machineDefinitions } from '../engine/graph/definition.js';
import { canonicalJson } from '../util/canonical-json.js';

/**
 * What a function in a machine config stands for: an action creator by its type and
 * arguments, a guard combinator by its kind and operands. Inline bodies cannot be
 * hashed the same way in every build, so they count only by their place.
 */
function describeFunction(fn: (...args: never[]) => unknown): unknown {
  const f = fn as unknown as Record<string, unknown>;
  if (typeof f.type === 'string') {
    const { resolve: _r, execute: _e, ...args } = f;
    return { action: f.type, ...args };
  }
  // The model graph tells the combinators apart; the hash keeps reading the config as written, so it stays the same.
  return describeCombinator(fn) ?? { function: true };
}

/** Everything that defines the model, as data. */
export function modelDefinition(): unknown {
  const machines = machineDefinitions();
  const parameters: Record<string, number> = {};
  for (const name of PARAMETER_NAMES) parameters[name] = PARAMETERS[name].value;
  return { machines, guards: GUARDS, parameters, forces: FORCES, inputTypes: INPUT_TYPES, milestones: MILESTONES, effectRules: EFFECT_RULES };
}

// node:crypto is loaded when a hash is first wanted, not with every command that might want one.
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

/** The sha256 of a model definition, as `sha256:<hex>`. */
export function hashModel(definition: unknown): string {
  return `sha256:${crypto().createHash('sha256').update(canonicalJson(definition, describeFunction)).digest('hex')}`;
}

let cached: string | undefined;

/**
 * The hash of this redline's model: machines, guards, default parameters, forces,
 * input types, the default effects of inputs and milestones. Any change to the model changes it.
 *
 * @example
 *   modelHash() // 'sha256:3f1c…'
 */
export function modelHash(): string {
  cached ??= hashModel(modelDefinition());
  return cached;
}
