import type { GuardTree } from '../engine/index.js';

/**
 * A guard as its name, as written in the machine: `principalsAgree`,
 * `letterSent and administrationSpeaksInPublic`, `not kyivPresses`, `in path.approved`.
 *
 * @example guardLabel({ kind: 'not', guard: named('b') }) // 'not b'
 */
export function guardLabel(guard: GuardTree | undefined): string | undefined {
  switch (guard?.kind) {
    case undefined: return undefined;
    case 'named': return guard.name;
    case 'test': return guard.name || 'inline guard';
    case 'and': case 'or': return guard.guards.map(operand).join(` ${guard.kind} `);
    case 'not': return `not ${operand(guard.guard)}`;
    case 'stateIn': return `in ${stateRef(guard.stateValue)}`;
  }
}

/** A combinator inside another gets parentheses so `and`/`or` read unambiguously. */
function operand(inner: GuardTree): string {
  const label = guardLabel(inner) ?? '';
  return / (and|or) /.test(label) ? `(${label})` : label;
}

/** `#decision.path.approved` → `path.approved`: the machine's own id adds nothing inside its diagram. */
function stateRef(value: string): string {
  return value.startsWith('#') ? value.slice(1).split('.').slice(1).join('.') : value;
}
