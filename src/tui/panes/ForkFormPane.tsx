import { formFields, type FormContext, type ForkForm } from '../model/fork-form.js';
import { pad, wrap } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly form: ForkForm;
  readonly context: FormContext;
  readonly width: number;
  readonly height: number;
}

/** The fork form: ↑ ↓ field, ← → choose, type text, Enter fork, Esc cancel. */
export function ForkFormPane({ form, context, width, height }: Props) {
  const w = innerWidth(width);
  const fields = formFields(form, context);
  const current = Math.min(form.field, fields.length - 1);
  const lines: Line[] = fields.map((f, i): Line => {
    const sel = i === current;
    const value = f.input === 'choice' ? `‹ ${f.value} ›` : f.input === 'text' ? `${f.value}${sel ? '█' : ''}` : f.value;
    return [{ text: sel ? '▸ ' : '  ', tone: 'current' }, { text: pad(f.label, 10), tone: 'muted' }, { text: value, bold: sel, tone: f.input === 'fixed' ? 'input' : undefined }];
  });
  lines.push([{ text: ' ' }]);
  if (form.error) wrap(form.error, w).forEach((t) => lines.push(plain(t, 'error', { bold: true })));
  lines.push(plain('↑ ↓ field · ← → choose · type text · Enter fork · Esc cancel', 'muted'));
  return (
    <Pane title={`Fork at ${context.date ?? 'the start'}`} width={width} height={height} tone="fork">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}
