import { INSTANCES, WAIT, type Ledger, type Params, type Role } from '../../machines/index.js';
import { decisionAt, decisionReadings, modelChoice } from './decisions.js';
import type { AnyEvent } from './stepper.js';
import type { Ask, LogEvent, Play, PlayOutcome, PlayerChoice, RunInputs } from './types.js';

/** The inputs without the player: the model's own run of the same scenario. */
export function unplayed(inputs: RunInputs): RunInputs {
  const { play: _play, ...rest } = inputs;
  return rest;
}

/** A choice that names an option its decision does not have; the message says which and what it has. */
export class ChoiceError extends Error {
  constructor(readonly index: number, message: string) {
    super(message);
    this.name = 'ChoiceError';
  }
}

/** What the play session needs of the scheduler that runs it. */
export interface PlayHooks {
  regions(k: number): Record<string, string>;
  ledger(): Ledger;
  date(): string;
  seq(): number;
  /** Appends a log event (when the run keeps a log); its seq. */
  append(event: Omit<LogEvent, 'seq' | 'date'>): number;
  deliver(event: AnyEvent, cause: number | null, to: number): void;
}

/**
 * The decisions of played roles, taken between the scheduler's steps: a played state is
 * asked on entry, when the model's own choice there changes, and once a day while the model would move. The next of the role's
 * choices is taken if it names this decision; if none does, the model's own choice is
 * (or, with `pause`, the run stops there and says what it asks).
 */
export function playSession(play: Play, params: Params, pause: boolean, hooks: PlayHooks) {
  const roles = new Set<Role>(play.roles);
  const next = new Map<Role, number>();
  const used = new Set<number>();
  /** Per instance and region: the state, the model's choice and the day at the last ask (or the state, when not a decision). */
  const seen = new Map<string, { path: string; model?: string; date?: string }>();
  const taken = new Map<number, number>();
  let paused: Ask | undefined;

  const pending = (role: Role): number | undefined => {
    for (let i = next.get(role) ?? 0; i < play.choices.length; i++) if (play.choices[i]!.role === role) return i;
    return undefined;
  };

  /** Takes every decision due now; false when the run must stop to ask. */
  const settle = (cause: number | null): boolean => {
    const asked = new Set<string>();
    for (let n = 0; ; n++) {
      // Each state is asked once per step; more rounds than that means two decisions answer each other.
      if (n > 100) throw new Error(`play: decisions on ${hooks.date()} keep moving each other (last at ${[...asked].join(', ')})`);
      const ask = nextAsk(asked);
      if (!ask) return true;
      const { k, key, point, model, ledger } = ask;
      const inst = INSTANCES[k]!;
      const i = pending(point.role);
      const given: PlayerChoice | undefined = i === undefined ? undefined : play.choices[i];
      const takes = given && given.decision === point.key && (!given.machine || given.machine === inst.id);
      const options = point.options.map((o) => o.option);
      if (!takes && pause) {
        paused = {
          instance: inst.id, scope: inst.scope, role: point.role, decision: point.key, state: point.state, options, model,
          guards: decisionReadings(point, ledger, params, inst.scope), date: hooks.date(), seq: hooks.seq(), ledger,
        };
        return false;
      }
      let option = model;
      let by = cause;
      if (takes) {
        if (!options.includes(given.option)) {
          throw new ChoiceError(i!, `choice ${i! + 1} (${given.role}): "${given.option}" is not an option at ${point.key}; it has ${options.join(', ')}`);
        }
        next.set(point.role, i! + 1);
        used.add(i!);
        option = given.option;
        by = hooks.append({
          kind: 'input', type: 'player.chose', actor: point.role, sources: [], cause: null,
          data: {
            id: `choice-${i! + 1}`, effects: {},
            summary: `The player (${point.role}) chooses ${option} at ${point.key}; the model would ${model}${given.reason ? `: "${given.reason}"` : ''}`,
            choice: {
              role: point.role, machine: inst.id, state: point.state, option, model,
              guards: decisionReadings(point, ledger, params, inst.scope), ...(given.reason ? { reason: given.reason } : {}),
            },
          },
        });
      }
      seen.set(key, { path: point.state, model, date: hooks.date() });
      // A wait is asked again at a later step; a move may come back here at once, a new visit asked anew.
      if (option === WAIT) asked.add(key);
      else {
        seen.delete(key);
        const n = (taken.get(k) ?? 0) + 1;
        taken.set(k, n);
        hooks.deliver({ type: 'PLAYER_CHOSE', role: point.role, at: point.key, option, n } as AnyEvent, by, k);
      }
    }
  };

  const nextAsk = (asked: ReadonlySet<string>) => {
    const ledger = hooks.ledger();
    for (let k = 0; k < INSTANCES.length; k++) {
      const inst = INSTANCES[k]!;
      for (const [region, path] of Object.entries(hooks.regions(k))) {
        const key = `${k}/${region}`;
        const point = decisionAt(inst.machine, path);
        if (!point || !roles.has(point.role)) {
          seen.set(key, { path });
          continue;
        }
        if (asked.has(key)) continue;
        const model = modelChoice(point, ledger, params, inst.scope);
        const last = seen.get(key);
        // Asked on entry; then when the model's own choice there changes, or on a later day while it would move.
        if (last?.path === path && last.model === model && (model === WAIT || last.date === hooks.date())) continue;
        return { k, key, point, model, ledger };
      }
    }
    return undefined;
  };

  const outcome = (): PlayOutcome => ({
    ...(paused ? { paused } : {}),
    unused: play.choices.filter((_, i) => !used.has(i)),
  });
  return { settle, outcome };
}
