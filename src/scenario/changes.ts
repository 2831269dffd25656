import { castDraft, produce } from 'immer';
import { PARAMETERS, PARAMETER_NAMES, isParameterName, type ParameterName, type ParameterUnit } from '../../machines/index.js';
import type { RunInputs, ScenarioEvent } from '../engine/types.js';
import { didYouMean } from './errors.js';
import { checkCalendarDate, checkEventFields, type FieldProblem } from './event-checks.js';

/** One change a what-if makes to its parent, in the shape the YAML file uses. */
export type Change =
  | { readonly move: string; readonly to: string }
  | { readonly remove: string }
  | { readonly add: ScenarioEvent }
  | { readonly set: { readonly parameter: string; readonly value: number } };

/** A change that could not apply: which one (0-based), where inside it, and why. */
export interface ChangeProblem extends FieldProblem {
  readonly index: number;
}

/** Changes that could not apply, every one of them. */
export class ChangeError extends Error {
  readonly problems: readonly ChangeProblem[];
  constructor(problems: readonly ChangeProblem[]) {
    super(problems.map((p) => `changes.${p.index}.${p.path.join('.')}: ${p.message}`).join('\n'));
    this.name = 'ChangeError';
    this.problems = problems;
  }
}

/**
 * A parameter's allowed values, by unit: levels and weights are shares of the
 * 0..1 scale, margins compare two such shares, delays are whole days.
 */
const RANGES: Readonly<Record<ParameterUnit, { min: number; max: number; integer?: boolean; says: string }>> = {
  level: { min: 0, max: 1, says: 'a level from 0 to 1' },
  weight: { min: 0, max: 1, says: 'a weight from 0 to 1' },
  threshold: { min: 0, max: 1, says: 'a threshold from 0 to 1' },
  margin: { min: -1, max: 1, says: 'a margin from -1 to 1' },
  step: { min: -1, max: 1, says: 'a step from -1 to 1' },
  days: { min: 0, max: 365, integer: true, says: 'a whole number of days from 0 to 365' },
};

/**
 * Applies a what-if's changes to its parent's inputs, in order. Pure: returns
 * new inputs (frozen) and leaves the given ones alone. The one place that applies changes:
 * scenario files, `redline fork` and the TUI's fork all come through here.
 *
 * Same-day order: the engine takes inputs by date, and inputs of one day in list
 * order. So an `add` goes after every input already on its day; a `move` keeps the
 * input's place in the list, so among its new day's inputs it stands where the list
 * puts it; a `remove` leaves the others in order. A scenario file that lists the
 * same changes reproduces the same order when loaded.
 *
 * Each `set` is also kept in `overrides` (with those of the parent), so a log tells a
 * scenario's own values from the defaults.
 *
 * @example
 *   applyChanges(baseline.inputs, [{ remove: 'cameron-kyiv-remarks' }, { set: { parameter: 'dueDiligenceDays', value: 3 } }])
 * @throws ChangeError listing every change that touches an id, a parameter or a date that does not exist
 */
export function applyChanges(inputs: RunInputs, changes: readonly Change[]): RunInputs {
  const { inputs: out, problems } = tryApplyChanges(inputs, changes);
  if (problems.length > 0) throw new ChangeError(problems);
  return out;
}

/**
 * Applies every change it can and reports the others, so an editor can show all problems at once.
 * A producer over the parent's inputs: the result shares what no change touched with the parent,
 * and immer freezes both, so a later edit in place (which would reach the parent's run too) throws.
 */
export function tryApplyChanges(inputs: RunInputs, changes: readonly Change[]): { inputs: RunInputs; problems: ChangeProblem[] } {
  const removedBy = new Map<string, number>();
  const problems: ChangeProblem[] = [];
  const out = produce(inputs, (draft) => {
    const { events } = draft;
    changes.forEach((change, index) => {
      const report = (found: FieldProblem[]) => problems.push(...found.map((p) => ({ ...p, index })));
      const missing = (id: string, field: string, verb: string): FieldProblem => ({
        path: [field],
        message: `no event "${id}" to ${verb}${didYouMean(id, events.map((e) => e.id))}${
          removedBy.has(id) ? ` (changes.${removedBy.get(id)} removed it)` : ''}; the events at this point: ${events.map((e) => e.id).join(', ')}`,
      });
      if ('move' in change) {
        const at = events.findIndex((e) => e.id === change.move);
        const found = [...(at < 0 ? [missing(change.move, 'move', 'move')] : []), ...checkCalendarDate(change.to, ['to'])];
        if (found.length > 0) return report(found);
        events[at]!.date = change.to;
      } else if ('remove' in change) {
        const at = events.findIndex((e) => e.id === change.remove);
        if (at < 0) return report([missing(change.remove, 'remove', 'remove')]);
        events.splice(at, 1);
        removedBy.set(change.remove, index);
      } else if ('add' in change) {
        const clash = events.find((e) => e.id === change.add.id);
        const found = checkEventFields(change.add).map((p) => ({ ...p, path: ['add', ...p.path] }));
        if (clash) {
          found.unshift({ path: ['add', 'id'], message: `an event "${clash.id}" already exists (${clash.date}); pick a new id, or move or remove that one` });
        }
        if (found.length > 0) return report(found);
        events.push(castDraft(change.add));
        removedBy.delete(change.add.id);
      } else {
        const found = checkParameter(change.set.parameter, change.set.value);
        if (found.length > 0) return report(found);
        const name = change.set.parameter as ParameterName;
        draft.params[name] = change.set.value;
        (draft.overrides ??= {})[name] = change.set.value;
      }
    });
  });
  return { inputs: out, problems };
}

function checkParameter(name: string, value: number): FieldProblem[] {
  if (!isParameterName(name)) {
    return [{
      path: ['set', 'parameter'],
      message: `no parameter "${name}"${didYouMean(name, PARAMETER_NAMES)}; parameters (machines/parameters.ts): ${PARAMETER_NAMES.join(', ')}`,
    }];
  }
  const problem = parameterValueProblem(name, value);
  return problem ? [{ path: ['set', 'value'], message: problem }] : [];
}

/**
 * What is wrong with giving a parameter this value, or undefined when the model
 * can run with it. Also checks the values a log's header and `fork --set` bring.
 *
 * @example
 *   parameterValueProblem('letterDraftingDays', -3) // 'letterDraftingDays is a whole number of days from 0 to 365; found -3'
 */
export function parameterValueProblem(name: ParameterName, value: number): string | undefined {
  const range = RANGES[PARAMETERS[name].unit];
  const fits = Number.isFinite(value) && value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
  return fits ? undefined : `${name} is ${range.says}; found ${value}`;
}
