import { and, not, or, stateIn } from 'xstate';

type Check = (...args: any[]) => unknown;
interface Composed { readonly check?: Check; readonly guards?: readonly unknown[]; readonly stateValue?: unknown }

// xstate marks its guard combinators by the `check` function they carry; compare by identity, not by name.
const CHECK = {
  and: (and([]) as unknown as Composed).check,
  or: (or([]) as unknown as Composed).check,
  not: (not('x') as unknown as Composed).check,
  in: (stateIn('x') as unknown as Composed).check,
};

/**
 * A guard as its name, as written in the machine: `principalsAgree`,
 * `letterSent and administrationSpeaksInPublic`, `not kyivPresses`, `in path.approved`.
 *
 * @example guardLabel(and(['a', not('b')])) // 'a and not b'
 */
export function guardLabel(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') return (guard as { type: string }).type;
  if (typeof guard !== 'function') return String(guard);
  const g = guard as Composed & { name: string };
  const parts = (g.guards ?? []).map((inner) => operand(inner));
  if (g.check === CHECK.and) return parts.join(' and ');
  if (g.check === CHECK.or) return parts.join(' or ');
  if (g.check === CHECK.not) return `not ${parts[0]}`;
  if (g.check === CHECK.in) return `in ${stateRef(g.stateValue)}`;
  return g.name || 'inline guard';
}

/** A combinator inside another gets parentheses so `and`/`or` read unambiguously. */
function operand(inner: unknown): string {
  const label = guardLabel(inner) ?? '';
  return / (and|or) /.test(label) ? `(${label})` : label;
}

/** `#decision.path.approved` → `path.approved`: the machine's own id adds nothing inside its diagram. */
function stateRef(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return value.startsWith('#') ? value.slice(1).split('.').slice(1).join('.') : value;
}
