import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { decisionStateLabel } from '../engine/index.js';
import { compareMilestones } from './model/compare.js';
import { explainNext } from './model/explain.js';
import { GAUGES } from './model/gauges.js';
import { layoutFor, stackHeights, type DetailPane } from './model/layout.js';
import { nextStep } from './model/next-step.js';
import { fit, humanize } from './model/text.js';
import { comparisonOf, type Session } from './model/session.js';
import { isPlayed } from './model/played-log.js';
import { milestoneDays } from './model/distribution.js';
import { formContext, SPEEDS, type Mode, type TuiContext } from './tui.machine.js';
import { BlamePane } from './panes/BlamePane.js';
import { ComparePane } from './panes/ComparePane.js';
import { DecisionPane } from './panes/DecisionPane.js';
import { DistributionPane, DISTRIBUTION_HEIGHT } from './panes/DistributionPane.js';
import { EventPane, eventPaneHeight } from './panes/EventPane.js';
import { ExplainPane } from './panes/ExplainPane.js';
import { ForkFormPane } from './panes/ForkFormPane.js';
import { Header } from './panes/Header.js';
import { HelpPane } from './panes/HelpPane.js';
import { KeyBar } from './panes/KeyBar.js';
import { NoticePane, noticeHeight } from './panes/NoticePane.js';
import { PickerPane } from './panes/PickerPane.js';
import { PlayPane } from './panes/PlayPane.js';
import { TimelinePane } from './panes/TimelinePane.js';

export interface Props {
  readonly session: Session;
  /** The TUI machine's context and mode: cursor, selection, prompts, overlays. */
  readonly context: TuiContext;
  readonly mode: Mode;
  /** The Distribution pane is open (m). */
  readonly distribution?: boolean;
  /** At a decision, the player is typing a reason (:). */
  readonly reasoning?: boolean;
  readonly columns: number;
  readonly rows: number;
}

/** One frame: header, timeline, the detail panes or an overlay, key bar. Pure: everything comes in as props. */
export function Screen({ session, context: c, mode, distribution = false, reasoning = false, columns, rows }: Props) {
  const comparison = useMemo(() => (mode === 'comparing' ? comparisonOf(session) : undefined), [mode, session]);
  const diffs = useMemo(() => (comparison ? compareMilestones(session.run, comparison.run) : []), [comparison, session.run]);
  const runDays = useMemo(() => (distribution ? milestoneDays(session.run) : []), [distribution, session.run]);
  if (columns < MIN.columns || rows < MIN.rows) {
    return <Text wrap="truncate-end">{fit(`redline needs at least ${MIN.columns}×${MIN.rows}`, columns)}</Text>;
  }
  const layout = layoutFor(columns, rows, c.focus, distribution);
  const { index, run } = session;
  const state = index.timeline.stateAt(c.seq);
  const detailWidth = layout.width - layout.timeline;
  const error = c.notice?.kind === 'error' ? c.notice : null;
  const errorHeight = error ? noticeHeight(error, detailWidth, Math.max(3, layout.body - 5)) : 0;
  const height = layout.body - errorHeight;

  const pane = (id: DetailPane, width: number, h: number) => {
    if (id === 'decision') return <DecisionPane key={id} index={index} state={state} next={nextStep(state.machines, state.milestones, run.inputs.params, state.ledger)} gauge={c.gauge} blameHidden={!layout.columns.flat().includes('blame')} width={width} height={h} />;
    if (id === 'event') return <EventPane key={id} index={index} seq={c.seq} width={width} height={h} />;
    if (id === 'distribution') return <DistributionPane key={id} dist={c.dist} runDays={runDays} forked={session.changes.length > 0} width={width} height={h} />;
    return <BlamePane key={id} index={index} seq={c.seq} gauge={GAUGES[c.gauge]!} width={width} height={h} />;
  };
  const overlay = (() => {
    if (mode === 'comparing') {
      return <ComparePane diffs={diffs} current={session.changes.length ? 'this fork' : session.origin.id} reference={comparison?.id ?? session.reference.id} width={detailWidth} height={height} />;
    }
    if (mode === 'explaining') return <ExplainPane explanation={explainNext(index, state)} width={detailWidth} height={height} />;
    if (mode === 'picking') return <PickerPane files={c.files} titles={c.titles} pick={c.pick} width={detailWidth} height={height} />;
    if (mode === 'casting') return <PlayPane stage={{ kind: 'casting', pick: c.role }} width={detailWidth} height={height} />;
    if (mode === 'deciding') {
      const g = c.game;
      const stage = !g ? { kind: 'debrief' as const, text: 'running…' } : 'debrief' in g ? { kind: 'debrief' as const, text: g.debrief } : { kind: 'deciding' as const, text: g.text, options: g.options, reason: c.reason };
      return <PlayPane stage={stage} width={detailWidth} height={height} />;
    }
    if (mode === 'forking') return <ForkFormPane form={c.form} context={formContext(c)} width={detailWidth} height={height} />;
    return undefined;
  })();
  // A column that stacks two panes gives the upper what it needs while the lower keeps room for a few lines.
  const heights = (col: readonly DetailPane[], w: number) => (col.length === 1 ? [height]
    : stackHeights(height, col[0] === 'distribution' ? DISTRIBUTION_HEIGHT : eventPaneHeight(index, c.seq, w)));

  const prompt = mode === 'goTo'
    ? { label: 'go to date:', text: c.text, error: c.error, hint: 'YYYY-MM-DD · Enter go · Esc cancel' }
    : mode === 'writing' ? { label: isPlayed(session) ? 'write the played run\'s log to:' : 'write fork to:', text: c.text, error: c.error, hint: 'Enter write · Esc cancel' }
    : reasoning ? { label: 'your reason:', text: c.reason, error: null, hint: 'one line, kept in the log with your choice · Enter keep · Esc drop' }
    : mode === 'confirmQuit' ? { label: 'quit without writing the fork?', hint: 'q or y quit · w write it · any other key stays' } : undefined;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.body + 2}>
      <Header
        scenario={`${run.inputs.scenario.id}: ${run.inputs.scenario.title}`} seq={c.seq} length={run.events.length}
        date={state.date} state={decisionStateLabel(state).split(' · ').map(humanize).join(' · ')} playing={mode === 'playing' ? SPEEDS[c.speed]! : null}
        changes={session.changes.length} width={layout.width}
      />
      {mode === 'help' ? (
        // help covers the timeline too, so what every key does has room to be read
        <Box height={layout.body}><HelpPane width={layout.width} height={layout.body} /></Box>
      ) : <Box flexDirection="row" height={layout.body}>
        {layout.timeline > 0 && <TimelinePane run={run} seq={c.seq} divergence={session.divergence} width={layout.timeline} height={layout.body} />}
        <Box flexDirection="column" width={detailWidth}>
          {error && <NoticePane notice={error} width={detailWidth} height={errorHeight} />}
          {overlay ?? (
            <Box flexDirection="row">
              {layout.columns.map((col, i) => (
                <Box key={i} flexDirection="column" width={layout.widths[i]}>
                  {col.map((id, j) => pane(id, layout.widths[i]!, heights(col, layout.widths[i]!)[j]!))}
                </Box>
              ))}
            </Box>
          )}
        </Box>
      </Box>}
      <KeyBar prompt={prompt} notice={c.notice} playing={mode === 'playing'} width={layout.width} />
    </Box>
  );
}

/** Below this the panes cannot be drawn without wrapping. */
const MIN = { columns: 24, rows: 8 } as const;
