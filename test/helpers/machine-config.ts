import type { AnyStateMachine } from 'xstate';

/** A transition as written in a machine's config, resolved to state ids. */
export interface WrittenTransition {
  readonly source: string;
  readonly target: string | null;
  /** The event name, `always`, or `after <delay>`. */
  readonly on: string;
  /** The guard's name when written as a string. */
  readonly guard?: string;
  readonly composedGuard: boolean;
}

interface StateConfig {
  states?: Record<string, StateConfig>;
  on?: Record<string, unknown>;
  always?: unknown;
  after?: Record<string, unknown>;
  type?: string;
  initial?: string;
}

/**
 * Reads a machine's config as its author wrote it, without xstate's own
 * StateNode walk: what the diagrams are checked against.
 */
export function writtenMachine(machine: AnyStateMachine) {
  const root = machine.config as StateConfig;
  const states: { id: string; key: string; type: string; initial?: string; regions: number }[] = [];
  const transitions: WrittenTransition[] = [];
  const visit = (config: StateConfig, id: string, key: string) => {
    const children = Object.entries(config.states ?? {});
    const type = config.type ?? (children.length ? 'compound' : 'atomic');
    states.push({ id, key, type, ...(config.initial ? { initial: `${id}.${config.initial}` } : {}), regions: type === 'parallel' ? children.length : 0 });
    const add = (on: string, written: unknown) => {
      for (const t of [written].flat()) {
        const spec = (typeof t === 'string' ? { target: t } : t) as { target?: string; guard?: unknown };
        const guard = typeof spec.guard === 'string' ? spec.guard : undefined;
        transitions.push({ source: id, target: resolve(id, spec.target), on, ...(guard ? { guard } : {}), composedGuard: typeof spec.guard === 'function' });
      }
    };
    for (const [event, t] of Object.entries(config.on ?? {})) add(event, t);
    for (const [delay, t] of Object.entries(config.after ?? {})) add(`after ${delay}`, t);
    if (config.always) add('always', config.always);
    for (const [childKey, child] of children) visit(child, `${id}.${childKey}`, childKey);
  };
  visit(root, machine.id, machine.id);
  return { states, transitions };
}

function resolve(source: string, target: string | undefined): string | null {
  if (target === undefined) return null;
  if (target.startsWith('#')) return target.slice(1);
  if (target.startsWith('.')) return `${source}${target}`;
  return `${source.split('.').slice(0, -1).join('.')}.${target}`;
}
