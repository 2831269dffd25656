import { GUARDS, readGuard } from '../../../machines/index.js';
import type { RunState } from '../../engine/index.js';
import { bar, GAUGES, gaugeOfMeasure, gaugeValues } from '../model/gauges.js';
import type { NextStep } from '../model/next-step.js';
import { actorStates, currentPathDescription, decisionPath, otherRegions, type PathRow } from '../model/path-states.js';
import { movesUpTo, type RunIndex } from '../model/run-index.js';
import { humanize, num, pad, signed, wrap } from '../model/text.js';
import { cut, Lines, type Line, type Segment } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly index: RunIndex;
  readonly state: RunState;
  /** The next milestone and what it waits on: its first guard's threshold is drawn on the gauge. */
  readonly next: NextStep | undefined;
  /** The selected gauge, an index into GAUGES. */
  readonly gauge: number;
  /** Blame is not on screen: a line under the gauges says what last moved the selected one, so ↑ ↓ show something. */
  readonly blameHidden?: boolean;
  readonly width: number;
  readonly height: number;
}

const MARK = { done: '✓', current: '▶', ahead: '·' } as const;
const LONGEST_LABEL = Math.max(...GAUGES.map((g) => g.label.length));

/**
 * The decision path (done ✓, current ▶, ahead ·), the actors' states, and the
 * ledger as gauges with the threshold (┃) the next guard needs. Sections fold
 * into two columns or drop the less needed ones when the pane is short.
 */
export function DecisionPane({ index, state, next, gauge, blameHidden = false, width, height }: Props) {
  const w = innerWidth(width);
  const h = innerHeight(height);
  const path = decisionPath(index, state);
  const gauges = [...gaugeLines(index, state, next, gauge, w), ...(blameHidden ? [lastMove(index, state.seq, gauge)] : [])];
  const regions: Line[] = otherRegions(state).map((r) => [{ text: `${r.region}: `, tone: 'muted' }, { text: humanize(r.state), tone: 'current' }]);
  const description = wrap(currentPathDescription(state), w - 2).slice(0, 2).map((t): Line => [{ text: `  ${t}`, tone: 'muted' }]);
  const actors = columns(actorStates(state).map((a) => [{ text: `${a.id} `, tone: 'muted' as const }, { text: humanize(a.state) }]), w, 26);
  const oneColumn = path.map((r) => pathLine(r, w));
  const twoColumns = columns(path.map((r) => pathLine(r, Math.floor(w / 2) - 1)), w, Math.floor(w / 2));
  const blank: Line[] = [[{ text: ' ' }]];
  // The states' names read whole before the actors' states show: two columns that would cut a name come after one without actors.
  const namesFit = path.every((r) => pathName(r).length + 2 <= Math.floor(w / 2) - 1);
  const twoColumnPlans: Line[][] = [
    [...twoColumns, ...description, ...regions, ...blank, ...gauges, ...blank, ...actors],
    [...twoColumns, ...regions, ...blank, ...gauges, ...blank, ...actors],
    [...twoColumns, ...regions, ...gauges, ...actors],
  ];
  const withoutActors = [...oneColumn, ...regions, ...blank, ...gauges];
  const plans: Line[][] = [
    [...oneColumn, ...description, ...regions, ...blank, ...gauges, ...blank, ...actors],
    [...oneColumn, ...regions, ...blank, ...gauges, ...blank, ...actors],
    ...(namesFit ? [...twoColumnPlans, withoutActors] : [withoutActors, ...twoColumnPlans]),
    [...twoColumns, ...regions, ...gauges],
  ];
  const lines = plans.find((p) => p.length <= h) ?? plans.at(-1)!;
  return (
    <Pane title="Decision path" width={width} height={height}>
      <Lines lines={lines} width={w} height={h} />
    </Pane>
  );
}

function pathLine(row: PathRow, width: number): Line {
  const tone = row.status === 'done' ? 'done' : row.status === 'current' ? 'current' : 'ahead';
  const date = row.date && width >= 30 ? ` ${row.date.slice(5)}` : '';
  const name = pathName(row);
  return [{ text: `${MARK[row.status]} `, tone }, { text: pad(name, Math.max(0, width - 2 - date.length)), tone, bold: row.status === 'current' }, { text: date, tone: 'muted' }];
}

const pathName = (row: PathRow): string => humanize(row.name) + (row.branch ? ' (off the path)' : '');

/** One gauge a line: label, bar with the next guard's threshold, value. */
function gaugeLines(index: RunIndex, state: RunState, next: NextStep | undefined, selected: number, width: number): Line[] {
  const params = index.run.inputs.params;
  const guard = next?.guard ? GUARDS[next.guard.guard] : undefined;
  const reading = next?.guard ? readGuard(next.guard.guard, state.ledger, params) : undefined;
  const guarded = guard ? gaugeOfMeasure(guard.measure) : undefined;
  // marker, label, space, bar and its space, value (5), threshold (` ≥-0.10`, 7): the label takes
  // what the values and a bar of six cells leave, so a label is cut before any value is
  const labelWidth = Math.max(6, Math.min(LONGEST_LABEL, width - 15 - 6));
  const barWidth = width - labelWidth - 15;
  const values = gaugeValues(state.ledger, params);
  return GAUGES.map((g, i): Line => {
    const value = values[i]!;
    const threshold = g.id === guarded ? reading?.threshold : undefined;
    const sel = i === selected;
    return [
      { text: sel ? '▸' : ' ', tone: 'current', bold: sel },
      { text: pad(g.label, labelWidth), bold: sel, inverse: sel },
      { text: ' ' },
      ...(barWidth >= 4 ? [{ text: `${bar(value, g, barWidth, threshold)} `, tone: (g.kind === 'measure' ? 'input' : 'muted') as 'input' | 'muted' }] : []),
      { text: num(value).padStart(5), keep: true },
      ...(threshold !== undefined && guard ? [{ text: ` ${guard.op === '>=' ? '≥' : '<'}${num(threshold)}`, tone: (reading?.holds ? 'done' : 'threshold') as 'done' | 'threshold', keep: true }] : []),
    ];
  });
}

/** What last moved the selected gauge, with a pointer to the pane that lists every move. */
function lastMove(index: RunIndex, seq: number, selected: number): Line {
  const last = movesUpTo(index, GAUGES[selected]!.id, seq).at(-1);
  if (!last) return [{ text: '  not moved yet · Tab: Blame', tone: 'muted' }];
  return [
    { text: '  last moved ', tone: 'muted' },
    { text: `${signed(last.delta)} ${last.date}`, keep: true },
    { text: ` by ${last.name}` , tone: 'input' },
    { text: ' · Tab: Blame', tone: 'muted' },
  ];
}

/** Lays lines out in as many columns of `cell` width as fit, filling down then across. */
function columns(lines: readonly Line[], width: number, cell: number): Line[] {
  const n = Math.max(1, Math.floor(width / cell));
  cell = Math.floor(width / n);
  const rows = Math.ceil(lines.length / n);
  const out: Line[] = [];
  for (let r = 0; r < rows; r++) {
    const row: Segment[] = [];
    for (let c = 0; c < n; c++) {
      const line = lines[c * rows + r];
      if (!line) continue;
      const fitted = cut(line, cell - 1);
      const len = fitted.reduce((k, s) => k + [...s.text].length, 0);
      row.push(...fitted, { text: c < n - 1 ? ' '.repeat(cell - len) : '' });
    }
    out.push(row);
  }
  return out;
}
