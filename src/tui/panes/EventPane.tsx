import { ACTORS, FORCES, FORCE_NAMES, GUARDS, MEASURES, SOURCES, isSourceKey, measure, type MeasureName } from '../../../machines/index.js';
import { causeChain, eventName, sourcesBehind, type LogEvent } from '../../engine/index.js';
import type { RunIndex } from '../model/run-index.js';
import { num, signed, wrap } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

export interface Props {
  readonly index: RunIndex;
  readonly seq: number;
  readonly width: number;
  readonly height: number;
}

/** The event at the cursor in full: when, who, what, its effect on the ledger, causes and effects, sources. */
export function EventPane({ index, seq, width, height }: Props) {
  const w = innerWidth(width);
  const event = index.run.events[seq - 1];
  const title = event ? `Event #${seq} of ${index.run.events.length}` : 'Event: the start';
  return (
    <Pane title={title} width={width} height={height}>
      <Lines lines={event ? eventLines(index, event, w) : startLines(w)} width={w} height={innerHeight(height)} />
    </Pane>
  );
}

function startLines(width: number): Line[] {
  return wrap('Before the first event: every force at its starting level (machines/parameters.ts). Step with → to deliver the first input.', width).map((t) => plain(t));
}

/** How many lines the Event pane needs to show the event at `seq` whole, borders and title included. */
export function eventPaneHeight(index: RunIndex, seq: number, width: number): number {
  const event = index.run.events[seq - 1];
  const w = innerWidth(width);
  return (event ? eventLines(index, event, w) : startLines(w)).length + 3;
}

function eventLines(index: RunIndex, e: LogEvent, width: number): Line[] {
  const run = index.run;
  const params = run.inputs.params;
  const lines: Line[] = [];
  const para = (text: string, indent = '') => wrap(text, width - indent.length).forEach((t) => lines.push(plain(indent + t)));
  const heading = (text: string) => lines.push([{ text: ' ' }], plain(text, 'title', { bold: true }));

  lines.push([{ text: e.date, tone: 'current', bold: true, keep: true }, { text: ` · ${ACTORS[e.actor]}` }]);
  // what it is, then its id (or the machine's new state): on a line of its own when both do not fit
  const [kind, id]: [Line, Line] = e.kind === 'input'
    ? [[{ text: '● input ', tone: 'input' }, { text: e.type }], [{ text: ` · ${e.data.id}` }]]
    : [[{ text: '◆ decision ', tone: 'decision' }, { text: e.type }], [{ text: ` · ${e.data.machine} › ${e.data.state}`, tone: 'muted' }]];
  const length = (l: Line) => l.reduce((n, seg) => n + [...seg.text].length, 0);
  if (length(kind) + length(id) <= width) lines.push([...kind, ...id]);
  else lines.push(kind, [{ ...id[0]!, text: `  ${id[0]!.text.slice(3)}` }]);
  para(e.kind === 'input' ? e.data.summary : e.data.says);

  const before = index.timeline.stateAt(e.seq - 1).ledger;
  const after = index.timeline.stateAt(e.seq).ledger;
  heading('Effect on the ledger');
  const moved = FORCE_NAMES.filter((f) => before[f] !== after[f]);
  if (moved.length === 0) lines.push(plain('none', 'muted'));
  for (const f of moved) {
    lines.push([
      { text: FORCES[f].label },
      { text: ` ${signed(after[f] - before[f])}`, tone: after[f] > before[f] ? 'done' : 'threshold', keep: true },
      { text: `  ${num(before[f])} → ${num(after[f])}`, tone: 'muted', keep: true },
    ]);
  }
  const m0 = measure(before, params);
  const m1 = measure(after, params);
  for (const name of Object.keys(MEASURES) as MeasureName[]) {
    if (m0[name] !== m1[name] && name !== 'alliedIsolation') {
      lines.push([{ text: `  ${MEASURES[name].label}`, tone: 'muted' }, { text: ` ${num(m0[name])} → ${num(m1[name])}`, tone: 'muted', keep: true }]);
    }
  }

  if (e.kind === 'decision' && e.data.guard) {
    const g = e.data.guard;
    const spec = GUARDS[g.guard];
    heading(`Guard: ${spec.label}`);
    para(`${spec.who} decide: ${MEASURES[spec.measure].label} ${num(g.value)} ${spec.op === '>=' ? '≥' : '<'} ${num(g.threshold)} (${spec.threshold}); ${g.holds ? 'held' : 'failed'} by ${signed(g.margin)}`);
  }

  const chain = causeChain(run.events, e.seq);
  if (chain.length) {
    heading('Caused by');
    para(chain.map(eventName).join(' ← '));
  }
  const caused = (index.caused.get(e.seq) ?? []).map((s) => run.events[s - 1]!);
  if (caused.length) {
    heading('Caused');
    for (const c of caused) lines.push([{ text: `#${c.seq} ${c.date} `, keep: true }, { text: eventName(c), tone: 'decision' }]);
  }

  const keys = sourcesBehind(run.events, e);
  heading(e.sources.length || keys.length === 0 ? 'Sources' : `Sources (via ${eventName(chain.find((c) => c.sources.length) ?? e)})`);
  if (keys.length === 0) lines.push(plain('none given', 'muted'));
  for (const key of keys) {
    const s = isSourceKey(key) ? SOURCES[key] : undefined;
    lines.push([{ text: key, tone: 'input' }, ...(s ? [] : [{ text: ' (unknown key)' }])]);
    if (s) para(`${s.outlet}, ${s.date}: ${s.headline}`, '  ');
  }
  return lines;
}
