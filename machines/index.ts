import { decisionMachine } from './decision.machine.js';
import { kyivMachine } from './kyiv.machine.js';
import { nscMachine } from './nsc.machine.js';
import { stateMachine } from './state.machine.js';
import { pentagonMachine } from './pentagon.machine.js';
import { congressMachine } from './congress.machine.js';
import { alliesMachine } from './allies.machine.js';
import { russiaMachine } from './russia.machine.js';
import { pressMachine } from './press.machine.js';
import { FURTHER_SCOPES, PRIMARY_SCOPE, type Scope } from './scopes.js';

/** Every machine of the model, in the order the engine delivers events to them. */
export const MACHINES = {
  decision: decisionMachine,
  kyiv: kyivMachine,
  nsc: nscMachine,
  state: stateMachine,
  pentagon: pentagonMachine,
  congress: congressMachine,
  allies: alliesMachine,
  russia: russiaMachine,
  press: pressMachine,
} as const;

export type MachineId = keyof typeof MACHINES;
export const MACHINE_IDS = Object.keys(MACHINES) as MachineId[];

/** A running machine: every machine once, and the decision machine once more for each further scope. */
export type InstanceId = MachineId | `decision:${Exclude<Scope, typeof PRIMARY_SCOPE>}`;

export interface Instance {
  readonly id: InstanceId;
  readonly machine: MachineId;
  readonly scope: Scope;
}

/** Whether a machine's top level is parallel regions, so that each of its state paths begins with a region. */
export function isParallel(machine: MachineId): boolean {
  return MACHINES[machine].root.type === 'parallel';
}

export const INSTANCES: readonly Instance[] = [
  ...MACHINE_IDS.map((id): Instance => ({ id, machine: id, scope: PRIMARY_SCOPE })),
  ...FURTHER_SCOPES.map((s): Instance => ({ id: `decision:${s}`, machine: 'decision', scope: s })),
];

export { decisionMachine, kyivMachine, nscMachine, stateMachine, pentagonMachine, congressMachine, alliesMachine, russiaMachine, pressMachine };
export * from './parameters.js';
export * from './ledger.js';
export * from './guards.js';
export * from './inputs.js';
export * from './actors.js';
export * from './milestones.js';
export * from './windows.js';
export type { ModelEvent, Channel } from './events.js';
export type { RecordParams } from './record.js';
export * from './sources.js';
export * from './scopes.js';
export * from './priors.js';
export * from './pace.js';
export * from './play.js';
export * from './effects.js';
export * from './push.js';
