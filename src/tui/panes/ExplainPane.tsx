import { GUARDS, MEASURES } from '../../../machines/index.js';
import type { Explanation } from '../model/explain.js';
import type { Wait } from '../model/next-step.js';
import { humanize, num, signed, wrap } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  /** Why the next milestone has not happened; undefined when every milestone is reached. */
  readonly explanation: Explanation | undefined;
  readonly width: number;
  readonly height: number;
}

/** The next milestone: what it waits on, its guard's value, threshold and shortfall, and what moved that measure. */
export function ExplainPane({ explanation: x, width, height }: Props) {
  const w = innerWidth(width);
  const lines: Line[] = [];
  const para = (text: string, tone?: Parameters<typeof plain>[1]) => wrap(text, w).forEach((t) => lines.push(plain(t, tone)));
  if (!x) para('Every milestone is reached at this point of the run.');
  else {
    lines.push([{ text: 'Next: ', tone: 'muted' }, { text: `${x.milestone}`, tone: 'milestone', bold: true }, { text: ` (${x.label})` }]);
    x.routes.forEach((route, i) => {
      lines.push(plain(i === 0 ? 'It waits on:' : 'or else on:', 'title', { bold: true }));
      if (route.length === 0) lines.push(plain('  nothing but the next event', 'muted'));
      route.forEach((wait) => wrap(waitText(wait), w - 4).forEach((t, j) => lines.push(plain(`${j ? '    ' : '  – '}${t}`))));
    });
    if (x.guard) {
      const g = x.guard;
      lines.push([{ text: ' ' }], plain(`Guard: ${g.spec.label} (${g.spec.who})`, 'title', { bold: true }));
      lines.push([{ text: `${MEASURES[g.spec.measure].label} is ` }, { text: num(g.reading.value), bold: true }]);
      lines.push([{ text: `it needs ${g.spec.op === '>=' ? '≥' : '<'} ${num(g.reading.threshold)} (${g.threshold})` }]);
      lines.push(g.reading.holds
        ? [{ text: `it holds already, by ${signed(g.reading.margin)}`, tone: 'done' }]
        : [{ text: `short by ${num(g.shortfall)}`, tone: 'threshold', bold: true }]);
      lines.push(plain(`Moved so far by (largest first):`, 'muted'));
      if (g.movers.length === 0) lines.push(plain('  nothing yet: it stands at its starting level', 'muted'));
      for (const m of g.movers) lines.push([{ text: `  ${signed(m.delta)} `, tone: m.delta > 0 ? 'done' : 'threshold' }, { text: `#${m.seq} ${m.date} ` }, { text: m.name, tone: 'input' }]);
    }
  }
  lines.push([{ text: ' ' }], plain('e or Esc closes; ← → still step.', 'muted'));
  return (
    <Pane title="Explain the next milestone" width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}

function waitText(w: Wait & { due?: string | null }): string {
  const where = `${w.machine === 'decision' ? 'decision' : w.machine}, in ${humanize(w.state.split('.').at(-1)!)}:`;
  if (w.kind === 'guard') return `${where} the guard ${w.guard} (${GUARDS[w.guard].label})`;
  if (w.kind === 'delay') return `${where} ${w.days} day${w.days === 1 ? '' : 's'} of ${humanize(w.delay)}${w.due ? `, due ${w.due}` : ''}`;
  const by = w.inputs.length ? ` (an input: ${w.inputs.join(', ')})` : '';
  return `${where} ${w.event}${by}${w.when ? ` when ${w.when}` : ''}`;
}
