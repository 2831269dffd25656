import { describe, expect, it } from 'vitest';
import { defaultParams, FORCE_NAMES, SOURCE_KEYS } from '../../machines/index.js';
import { editForm, formChange, formFields, initialForm, type FormContext, type ForkForm } from '../../src/tui/model/fork-form.js';

const ctx: FormContext = { input: null, date: '2024-05-10', params: defaultParams(), hasInput: (id) => id === 'taken' };

/** Moves to the named field and types text into it, or presses ← → keys. */
function fill(form: ForkForm, field: string, keys: string | string[]): ForkForm {
  let f = form;
  for (let i = 0; formFields(f, ctx)[f.field]!.id !== field; i++) {
    if (i > 30) throw new Error(`no field ${field}`);
    f = editForm(f, 'down', ctx);
  }
  for (const k of Array.isArray(keys) ? keys : [...keys]) f = editForm(f, k, ctx);
  return f;
}

const rightTo = (n: number) => Array.from({ length: n }, () => 'right');
const base = () => fill(initialForm(ctx), 'summary', 'A leak to the press');
const risk = 1 + FORCE_NAMES.indexOf('escalationRisk');

describe('the fork form as keys edit it', () => {
  it('comes back frozen after a key, so a handler that edits it in place throws rather than change the form unseen', () => {
    const f = fill(initialForm(ctx), 'summary', 'A leak');
    expect(f.summary).toBe('A leak');
    expect(() => { (f as { summary: string }).summary = 'edited'; }).toThrow(TypeError);
    expect(editForm(f, 'backspace', ctx).summary).toBe('A lea');
    expect(f.summary).toBe('A leak');
    expect(editForm(f, 'pageup', ctx)).toBe(f);
  });
});

describe('the fork form adds an input with effects, an id and sources', () => {
  it('builds the README press-leak example: escalationRisk +0.1, its own id, a source key', () => {
    let f = fill(base(), 'force', rightTo(risk));
    f = fill(f, 'amount', '0.1');
    f = fill(f, 'id', 'press-leak');
    f = fill(f, 'sources', SOURCE_KEYS[0]!);
    const result = formChange(f, ctx);
    expect(result).toMatchObject({ change: { add: { id: 'press-leak', effects: { escalationRisk: 0.1 }, sources: [SOURCE_KEYS[0]] } } });
  });

  it('without a force or id, adds an input that takes the defaults for its type and actor, under a made-up id', () => {
    const result = formChange(base(), ctx);
    expect(result).toMatchObject({ change: { add: { sources: [], id: expect.stringMatching(/2024-05-10$/) } } });
    expect((result as { change: { add: object } }).change.add).not.toHaveProperty('effects');
  });

  it('refuses an amount outside -1..1 or not a number, naming the force', () => {
    const f = fill(base(), 'force', rightTo(risk));
    expect(formChange(fill(f, 'amount', '1.5'), ctx)).toEqual({ error: expect.stringContaining('escalationRisk') });
    expect(formChange(fill(f, 'amount', 'x'), ctx)).toEqual({ error: expect.stringContaining('from -1 to 1') });
  });

  it('refuses an id that is not kebab-case or is taken, and an unknown source key', () => {
    expect(formChange(fill(base(), 'id', 'Press Leak'), ctx)).toEqual({ error: expect.stringContaining('kebab-case') });
    expect(formChange(fill(base(), 'id', 'taken'), ctx)).toEqual({ error: expect.stringContaining('already has') });
    expect(formChange(fill(base(), 'sources', 'nyt-made-up'), ctx)).toEqual({ error: expect.stringContaining('unknown source key "nyt-made-up"') });
  });
});
