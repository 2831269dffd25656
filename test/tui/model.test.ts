import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { GUARDS, PARAMETERS, measure } from '../../machines/index.js';
import { toKeys } from '../../src/tui/keys.js';
import { explainNext } from '../../src/tui/model/explain.js';
import { bar, GAUGES } from '../../src/tui/model/gauges.js';
import { layoutFor, nextPane } from '../../src/tui/model/layout.js';
import { nextStep } from '../../src/tui/model/next-step.js';
import { decisionPath } from '../../src/tui/model/path-states.js';
import { movesUpTo } from '../../src/tui/model/run-index.js';
import { fit, signed, wrap } from '../../src/tui/model/text.js';
import { timelineRows } from '../../src/tui/model/timeline-rows.js';
import { comparisonOf, openSession } from '../../src/tui/model/session.js';
import { openScenario } from '../../src/tui/open-scenario.js';
import { scenarioText, tempScenario } from '../helpers/scenario.js';
import { baselineSession } from './helpers.js';

const session = baselineSession();
const { index, run } = session;
const on = (date: string) => index.timeline.stateOn(date)!;
const params = run.inputs.params;

describe('what the next milestone waits on, read from the machines', () => {
  it('before Kyiv presses: its guard on the danger to Kharkiv, then a channel with principals', () => {
    const step = nextStep(on('2024-04-15').machines, on('2024-04-15').milestones, params)!;
    expect(step.milestone).toBe('formal-request');
    expect(step.guard).toMatchObject({ machine: 'kyiv', guard: 'kyivPresses' });
    expect(step.routes[0]!.map((w) => w.kind)).toEqual(['guard', 'event']);
    expect(step.routes[0]![1]).toMatchObject({ event: 'CHANNEL_OPENED', inputs: ['call.held', 'trip.began', 'meeting.held'], when: 'principalsOnChannel' });
  });

  it('during due diligence: the delay, then the principals\' guard; explain reads it now with its shortfall and movers', () => {
    const state = on('2024-05-16');
    const x = explainNext(index, state)!;
    expect(x.milestone).toBe('principals-agree');
    expect(x.routes[0]![0]).toMatchObject({ kind: 'delay', delay: 'dueDiligence', days: PARAMETERS.dueDiligenceDays.value, due: '2024-05-22' });
    const g = x.guard!;
    expect(g.spec).toBe(GUARDS.principalsAgree);
    expect(g.reading.value).toBe(measure(state.ledger, params).support);
    expect(g.reading.threshold).toBe(params.principalsSupportThreshold);
    expect(g.reading.holds).toBe(false);
    expect(g.shortfall).toBeCloseTo(g.reading.threshold - g.reading.value, 9);
    expect(g.movers.map((m) => m.name)).toContain('kharkiv-offensive-begins');
    expect(g.movers.every((m) => m.seq <= state.seq)).toBe(true);
    expect(g.movers.map((m) => Math.abs(m.delta))).toEqual([...g.movers.map((m) => Math.abs(m.delta))].sort((a, b) => b - a));
  });

  it('in the quiet period the first public signal has three ways: a leak, a hint, or the policy taking effect', () => {
    const step = nextStep(on('2024-05-28').machines, on('2024-05-28').milestones, params)!;
    expect(step.milestone).toBe('first-public-hint');
    expect(step.routes.map((r) => r.map((w) => (w.kind === 'event' ? w.event : w.kind)))).toEqual(
      expect.arrayContaining([['STORY_PUBLISHED'], ['REMARKS_MADE'], ['delay']]));
    expect(step.routes.find((r) => r[0]?.kind === 'event' && r[0].event === 'REMARKS_MADE')![0]).toMatchObject({ when: 'letterSent and administrationSpeaksInPublic' });
  });

  it('once every milestone is reached there is nothing to explain', () => {
    expect(explainNext(index, index.timeline.stateAt(index.timeline.length))).toBeUndefined();
  });
});

describe('the decision path pane\'s states', () => {
  it('marks states done, current and ahead, with the day each was first entered; the deferred and refused branches stay hidden until taken', () => {
    const rows = decisionPath(index, on('2024-05-16'));
    const status = Object.fromEntries(rows.map((r) => [r.name, r.status]));
    expect(status).toMatchObject({ restricted: 'done', requestReceived: 'done', inPrinciple: 'done', dueDiligence: 'current', principalsReview: 'ahead', inEffect: 'ahead' });
    expect(rows.find((r) => r.name === 'requestReceived')?.date).toBe('2024-05-13');
    expect(rows.map((r) => r.name)).not.toContain('deferred');
    expect(rows.map((r) => r.name)).not.toContain('refused');
  });
});

describe('blame', () => {
  it('lists only events up to the cursor, each with the gauge\'s change and value after it', () => {
    const seq = on('2024-05-10').seq;
    const moves = movesUpTo(index, 'kharkivThreat', seq);
    expect(moves.every((m) => m.seq <= seq)).toBe(true);
    expect(moves.map((m) => m.name)).toContain('kharkiv-offensive-begins');
    const last = moves.at(-1)!;
    expect(last.value).toBe(measure(index.timeline.stateAt(last.seq).ledger, params).kharkivThreat);
    expect(last.delta).toBeCloseTo(last.value - measure(index.timeline.stateAt(last.seq - 1).ledger, params).kharkivThreat, 6);
  });
});

describe('the timeline rows', () => {
  it('keeps the cursor in view and builds only the rows shown', () => {
    const rows = timelineRows(run, 40, 10, null);
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.kind === 'event' && r.current)).toMatchObject({ seq: 40 });
    expect(timelineRows(run, 0, 5, null)[0]).toEqual({ kind: 'start', current: true });
    expect(timelineRows(run, run.events.length, 5, null).at(-1)).toMatchObject({ seq: run.events.length, current: true });
  });

  it('sets inputs apart from decisions and marks milestones; a fork row stands before the event where the runs part', () => {
    const rows = timelineRows(run, 30, 12, 30);
    const i = rows.findIndex((r) => r.kind === 'fork');
    expect(rows[i + 1]).toMatchObject({ kind: 'event', seq: 30, current: true });
    const all = timelineRows(run, 35, run.events.length + 1, null);
    expect(all.filter((r) => r.kind === 'event' && r.input)).toHaveLength(run.inputs.events.length);
    expect(all.find((r) => r.kind === 'event' && r.name === 'advisors.agreed')).toMatchObject({ input: false, milestone: true });
  });
});

describe('layout, text and keys', () => {
  it('lays panes out by width, and Tab reaches every pane', () => {
    expect(layoutFor(160, 40, 'decision')).toMatchObject({ timeline: 40, columns: [['decision'], ['event', 'blame']], body: 37 });
    expect(layoutFor(120, 30, 'blame').columns).toEqual([['decision'], ['event', 'blame']]);
    expect(layoutFor(109, 30, 'blame').columns).toEqual([['blame']]);
    expect(layoutFor(80, 24, 'event')).toMatchObject({ timeline: 30, columns: [['event']], body: 21 });
    expect(layoutFor(50, 20, 'decision').timeline).toBe(0);
    expect([nextPane('decision'), nextPane(nextPane('decision')), nextPane(nextPane(nextPane('decision')))]).toEqual(['event', 'blame', 'decision']);
  });

  it('draws a gauge with its threshold, clamped to its range', () => {
    expect(bar(0.5, { min: 0, max: 1 }, 10, 0.7)).toBe('█████░░┃░░');
    expect(bar(-0.07, GAUGES.find((g) => g.id === 'net')!, 10)).toBe('█████░░░░░');
    expect(bar(2, { min: 0, max: 1 }, 4, 1)).toBe('███┃');
  });

  it('cuts and wraps text to a width', () => {
    expect(fit('kharkiv-offensive-begins', 10)).toBe('kharkiv-o…');
    expect(wrap('Kyiv asks on the secure video call', 12)).toEqual(['Kyiv asks on', 'the secure', 'video call']);
    expect(signed(-0.25)).toBe('−0.25');
    expect(signed(0.004)).toBe('+0.004');
  });

  it('names keys as the machine reads them, and splits a chunk of typed text', () => {
    const k = (over: Partial<Key>) => ({ ...over }) as Key;
    expect(toKeys('', k({ leftArrow: true }))).toEqual(['left']);
    expect(toKeys('c', k({ ctrl: true }))).toEqual(['ctrl+c']);
    expect(toKeys('2024-05-16\r', k({}))).toEqual([...'2024-05-16', 'enter']);
    expect(toKeys('q', k({ meta: true }))).toEqual(['escape', 'q']);
    expect(toKeys('\x7f', k({ backspace: true }))).toEqual(['backspace']);
  });
});

describe('what d compares with', () => {
  it('a root scenario opened after the first compares with the run first opened; a what-if with its parent', () => {
    const tiny = openScenario(tempScenario(scenarioText()));
    expect(comparisonOf(openSession(tiny, session.origin))).toMatchObject({ id: 'baseline', run: session.run });
    const early = openScenario('scenarios/congress-early.yaml');
    const parent = comparisonOf(openSession(early, tiny));
    expect(parent.id).toBe('baseline');
    expect(parent.run.events).toEqual(session.run.events);
  });
});
