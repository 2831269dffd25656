import { produce } from 'immer';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPES, INPUT_TYPE_NAMES, PARAMETER_NAMES, SOURCE_KEYS, type Params } from '../../../machines/index.js';
import { parseDay, type ScenarioEvent } from '../../engine/index.js';
import type { Change } from '../../scenario/changes.js';
import { idSchema, isScenarioDay } from '../../scenario/schema.js';

export const FORM_KINDS = ['add', 'remove', 'move', 'set'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

const KIND_LABELS: Record<FormKind, string> = {
  add: 'add an input event',
  remove: 'remove this input',
  move: 'move this input to a date',
  set: 'set a parameter',
};
const LEVELS = ['principals', 'staff'] as const;
const SETTINGS = ['public', 'closed'] as const;

/** The fork form as the user fills it in: indices into the model's lists, and typed text. */
export interface ForkForm {
  readonly kind: number;
  readonly field: number;
  readonly type: number;
  readonly actor: number;
  readonly level: number;
  /** For calls, trips and meetings: the other party. */
  readonly with: number;
  readonly setting: number;
  readonly param: number;
  readonly date: string;
  readonly summary: string;
  readonly value: string;
  /** The force the added input moves: 0 is none, else 1 + an index into FORCE_NAMES. */
  readonly force: number;
  readonly amount: string;
  /** Typed id and comma-separated source keys; an empty id means one made from actor, type and date. */
  readonly id: string;
  readonly sources: string;
  readonly error: string | null;
}

/** What the form knows of the run at the point of the fork. */
export interface FormContext {
  /** The input at the cursor, if the cursor is on one. */
  readonly input: string | null;
  readonly date: string | null;
  readonly params: Params;
  hasInput(id: string): boolean;
}

type FieldId = 'kind' | 'input' | 'type' | 'actor' | 'level' | 'with' | 'setting' | 'date' | 'summary' | 'force' | 'amount' | 'id' | 'sources' | 'parameter' | 'value';

export interface FormField {
  readonly id: FieldId;
  readonly label: string;
  readonly value: string;
  /** Chosen from a list with ← →, or typed. */
  readonly input: 'choice' | 'text' | 'fixed';
}

export function initialForm(ctx: FormContext): ForkForm {
  return {
    kind: 0, field: 0, type: 0, actor: 0, level: 0, with: 0, setting: 0, param: 0,
    date: ctx.date ?? '', summary: '', value: String(ctx.params[PARAMETER_NAMES[0]!]), force: 0, amount: '', id: '', sources: '', error: null,
  };
}

const kindOf = (form: ForkForm): FormKind => FORM_KINDS[form.kind]!;
const typeOf = (form: ForkForm) => INPUT_TYPE_NAMES[form.type]!;

/** The fields the form shows for its kind, in order. */
export function formFields(form: ForkForm, ctx: FormContext): FormField[] {
  const kind = kindOf(form);
  const fields: FormField[] = [{ id: 'kind', label: 'change', value: KIND_LABELS[kind], input: 'choice' }];
  if (kind === 'remove' || kind === 'move') fields.push({ id: 'input', label: 'input', value: ctx.input ?? '(the cursor is not on an input)', input: 'fixed' });
  if (kind === 'move') fields.push({ id: 'date', label: 'to date', value: form.date, input: 'text' });
  if (kind === 'add') {
    const type = typeOf(form);
    fields.push(
      { id: 'type', label: 'type', value: `${type}: ${INPUT_TYPES[type].about}`, input: 'choice' },
      { id: 'actor', label: 'actor', value: ACTOR_IDS[form.actor]!, input: 'choice' },
    );
    if ('channel' in INPUT_TYPES[type]) {
      fields.push(
        { id: 'level', label: 'level', value: LEVELS[form.level]!, input: 'choice' },
        { id: 'with', label: 'with', value: ACTOR_IDS[form.with]!, input: 'choice' },
      );
    }
    if (type === 'remarks.made') fields.push({ id: 'setting', label: 'setting', value: SETTINGS[form.setting]!, input: 'choice' });
    fields.push(
      { id: 'date', label: 'date', value: form.date, input: 'text' },
      { id: 'summary', label: 'summary', value: form.summary, input: 'text' },
      { id: 'force', label: 'moves', value: form.force === 0 ? '(no force)' : FORCE_NAMES[form.force - 1]!, input: 'choice' },
    );
    if (form.force > 0) fields.push({ id: 'amount', label: 'by', value: form.amount, input: 'text' });
    fields.push(
      { id: 'id', label: 'id', value: form.id, input: 'text' },
      { id: 'sources', label: 'sources', value: form.sources, input: 'text' },
    );
  }
  if (kind === 'set') {
    fields.push(
      { id: 'parameter', label: 'parameter', value: PARAMETER_NAMES[form.param]!, input: 'choice' },
      { id: 'value', label: 'value', value: form.value, input: 'text' },
    );
  }
  return fields;
}

type ChoiceKey = 'kind' | 'type' | 'actor' | 'level' | 'with' | 'setting' | 'param' | 'force';
const CHOICES: Partial<Record<FieldId, { key: ChoiceKey; count: number }>> = {
  kind: { key: 'kind', count: FORM_KINDS.length },
  type: { key: 'type', count: INPUT_TYPE_NAMES.length },
  actor: { key: 'actor', count: ACTOR_IDS.length },
  level: { key: 'level', count: LEVELS.length },
  with: { key: 'with', count: ACTOR_IDS.length },
  setting: { key: 'setting', count: SETTINGS.length },
  parameter: { key: 'param', count: PARAMETER_NAMES.length },
  force: { key: 'force', count: FORCE_NAMES.length + 1 },
};
type TextKey = 'date' | 'summary' | 'value' | 'amount' | 'id' | 'sources';
const TEXTS: Partial<Record<FieldId, TextKey>> = { date: 'date', summary: 'summary', value: 'value', amount: 'amount', id: 'id', sources: 'sources' };

/**
 * The form after one key: ↑ ↓ move between fields, ← → choose, printable keys type, backspace erases.
 * A producer: the form comes back frozen, so the machine's context cannot be edited behind its back.
 */
export function editForm(form: ForkForm, key: string, ctx: FormContext): ForkForm {
  const fields = formFields(form, ctx);
  const field = fields[Math.min(form.field, fields.length - 1)]!;
  const choice = CHOICES[field.id];
  const text = TEXTS[field.id];
  const moves = key === 'up' || key === 'down' || key === 'tab';
  const chooses = choice !== undefined && (key === 'left' || key === 'right');
  const types = text !== undefined && (key === 'backspace' || [...key].length === 1);
  if (!moves && !chooses && !types) return form;
  return produce(form, (d) => {
    d.error = null;
    if (moves) d.field = (form.field + (key === 'up' ? -1 : 1) + fields.length) % fields.length;
    else if (choice && chooses) {
      d[choice.key] = (form[choice.key] + (key === 'left' ? -1 : 1) + choice.count) % choice.count;
      if (field.id === 'parameter') d.value = String(ctx.params[PARAMETER_NAMES[d.param]!]);
    } else if (text) d[text] = key === 'backspace' ? [...form[text]].slice(0, -1).join('') : form[text] + key;
  });
}

/** The change the form describes, or what is wrong with it. */
export function formChange(form: ForkForm, ctx: FormContext): { change: Change } | { error: string } {
  const kind = kindOf(form);
  // The rule a scenario file holds its dates to, so that w never writes a file its own loader refuses.
  const badDate = (d: string) => parseDay(d) === undefined ? `"${d}" is not a date; type one as YYYY-MM-DD, e.g. 2024-05-20`
    : !isScenarioDay(d) ? `"${d}" is outside the years a scenario may hold, 1900 to 2199` : undefined;
  if (kind === 'remove' || kind === 'move') {
    if (!ctx.input) return { error: `step to an input (a ● line in the timeline) to ${kind} it` };
    if (kind === 'remove') return { change: { remove: ctx.input } };
    const bad = badDate(form.date);
    return bad ? { error: bad } : { change: { move: ctx.input, to: form.date } };
  }
  if (kind === 'set') {
    const value = Number(form.value);
    if (form.value.trim() === '' || !Number.isFinite(value)) return { error: `"${form.value}" is not a number; type a value such as 0.8` };
    return { change: { set: { parameter: PARAMETER_NAMES[form.param]!, value } } };
  }
  const bad = badDate(form.date);
  if (bad) return { error: bad };
  const summary = form.summary.trim();
  if (!summary) return { error: 'write a one-line summary of what happens' };
  const type = typeOf(form);
  const actor = ACTOR_IDS[form.actor]!;
  // The same names and ranges the scenario schema holds effects, ids and sources to.
  const effects: Record<string, number> = {};
  if (form.force > 0) {
    const amount = Number(form.amount);
    if (form.amount.trim() === '' || !Number.isFinite(amount) || amount < -1 || amount > 1) {
      return { error: `"${form.amount}" is not an amount from -1 to 1; type how far the input moves ${FORCE_NAMES[form.force - 1]}, e.g. 0.1` };
    }
    effects[FORCE_NAMES[form.force - 1]!] = amount;
  }
  const id = form.id.trim();
  if (id && !idSchema.safeParse(id).success) return { error: `"${id}" is not an id; type one in kebab-case, like "press-leak", or leave it empty` };
  if (id && ctx.hasInput(id)) return { error: `the run already has an input "${id}"; choose another id` };
  const sources = form.sources.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = sources.find((k) => !(SOURCE_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) return { error: `unknown source key "${unknown}"; known keys: ${SOURCE_KEYS.join(', ')}` };
  const event: ScenarioEvent = {
    id: id || freeId(`${actor}-${type.replace('.', '-')}-${form.date}`, ctx), date: form.date, actor, type, summary, sources,
    // No force chosen: the defaults for its type and actor (machines/effects.ts).
    ...(form.force > 0 ? { effects } : {}),
    ...('channel' in INPUT_TYPES[type] ? { level: LEVELS[form.level]!, parties: parties(actor, ACTOR_IDS[form.with]!) } : {}),
    ...(type === 'remarks.made' ? { setting: SETTINGS[form.setting]! } : {}),
  };
  return { change: { add: event } };
}

const parties = <T>(actor: T, other: T): T[] => (actor === other ? [actor] : [actor, other]);

function freeId(base: string, ctx: FormContext): string {
  if (!ctx.hasInput(base)) return base;
  let n = 2;
  while (ctx.hasInput(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
