import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { MACHINES, MACHINE_IDS, type MachineId, type RecordParams } from '../../machines/index.js';
import { VARIANTS, listenedEvents, stateNodes, statePaths } from './catalogue.js';
import { RULES } from './rules.js';
import { exhaust, graphPaths, replay, type Rules } from './walk.js';

/** The records a machine's states write on entry. */
function recordsOf(machine: AnyStateMachine): string[] {
  return stateNodes(machine).flatMap((n) => (n.entry as { type: string; params?: unknown }[])
    .filter((a) => a.type === 'record').map((a) => (a.params as RecordParams).event));
}

/** The same rules, each also waiting for something that never happens: every reachable record must then break one. */
const impossible = (rules: Rules): Rules =>
  Object.fromEntries(Object.entries(rules).map(([k, r]) => [k, { ...r, after: [...(r.after ?? []), 'never'] }]));

describe.each(MACHINE_IDS.map((id): [MachineId] => [id]))('the %s machine, walked as a model', (id) => {
  const machine = MACHINES[id] as AnyStateMachine;
  const rules = RULES[id];
  const paths = graphPaths(id);
  const walked = [...paths.shortest, ...paths.simple].map((events) => replay(machine, events, rules));
  const search = exhaust(id, rules);

  it('is walked with every event it listens to, and has a rule for every record it writes', () => {
    for (const type of listenedEvents(machine).on) if (type !== 'LEDGER_UPDATED') expect(VARIANTS, type).toHaveProperty(type);
    expect(Object.keys(rules).sort()).toEqual([...new Set(recordsOf(machine))].sort());
  });

  it('xstate/graph finds paths into every state (shortest to each state and ledger; every simple path but for Kyiv)', () => {
    expect(paths.shortest.length).toBeGreaterThan(1);
    if (id !== 'kyiv') expect(paths.simple.length).toBeGreaterThan(1);
    const entered = new Set(walked.flatMap((w) => w.entered));
    const node = (p: string) => stateNodes(machine).find((n) => n.path.join('.') === p)!;
    // A state that writes no record is a region's starting state, where every walk begins.
    const recording = statePaths(id).filter((p) => node(p).entry.length > 0);
    // A state left at once (an unguarded `always`) is never a snapshot, so no shortest path aims for
    // it; the walk passes through it on a way elsewhere, and the search below must write its record.
    const passing = recording.filter((p) => node(p).always?.some((t) => !t.guard));
    expect(recording.filter((p) => !entered.has(p) && !passing.includes(p))).toEqual([]);
    expect(recording.length).toBeGreaterThan(0);
  });

  it('keeps its invariants on every path xstate/graph finds', () => {
    expect(walked.flatMap((w) => w.violations)).toEqual([]);
  });

  it('keeps its invariants in every state a search through its events and ledgers reaches, and writes every record on the way', () => {
    expect(search.violations).toEqual([]);
    expect([...search.records].sort()).toEqual([...new Set(recordsOf(machine))].sort());
  });

  it('the check can fail: with each rule waiting for something that never happens, every record breaks one', () => {
    const broken = new Set(exhaust(id, impossible(rules)).violations.map((v) => v.record));
    expect([...broken].sort()).toEqual(Object.keys(rules).sort());
  });
});

describe('stricter rules than the model\'s find the paths history did not take', () => {
  it('a leak can come before the letter (so "no public signal before the letter" needs "unless leaked")', () => {
    const strict = { ...RULES.decision, 'decision.leaked': { after: ['letter.sent'] } };
    expect(exhaust('decision', strict).violations.some((v) => v.record === 'decision.leaked')).toBe(true);
  });

  it('final approval can come without due diligence, and only where it was waived', () => {
    const strict = { ...RULES.decision, 'president.final-approval': { after: ['due-diligence.ordered'] } };
    const found = exhaust('decision', strict).violations.filter((v) => v.record === 'president.final-approval');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.seen.includes('due-diligence.waived'))).toBe(true);
  });

  it('a staff visit never carries Kyiv\'s request: a channel does, or the call Kyiv sought when none came', () => {
    const strict = { ...RULES.kyiv, 'kyiv.requested': { when: () => false } };
    const found = exhaust('kyiv', strict).violations.filter((v) => v.record === 'kyiv.requested');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.event === 'CHANNEL_OPENED' || v.event.startsWith('xstate.after.'))).toBe(true);
    expect(found.some((v) => v.event.startsWith('xstate.after.'))).toBe(true);
  });
});
