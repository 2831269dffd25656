import { ROLE_NAMES } from '../../machines/index.js';
import { decisionsOf } from '../engine/decisions.js';

/**
 * `redline play`'s help about the decisions, read from the machines as the engine reads its
 * decision points: a move added to a machine is an option here, with nothing to keep in step.
 */
export function playDetails(): string {
  const decisions = ROLE_NAMES.map((role) =>
    `${role} ${decisionsOf(role).map((p) => `${p.key} (${p.options.map((o) => o.option).join(', ')})`).join(', ')}`);
  return 'At each decision of a played role the run stops and asks: the ledger, the guard it reads, the model\'s choice and why, what the record says. '
    + `The decisions: ${decisions.join('; ')}. A decision is asked on entry, when the model's own choice there changes, `
    + 'and once a day while the model would move. A choice named for another decision than the one asked leaves that one to the model.';
}
