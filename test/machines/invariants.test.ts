import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { initialTransition, transition, type AnyMachineSnapshot, type StateNode } from 'xstate';
import { decisionMachine, defaultParams, measure, type Ledger, type ModelEvent } from '../../machines/index.js';
import { CLOSE_CASE, NEAR_CASE, NO_CASE, STRONG_CASE } from '../helpers/ledgers.js';

/*
 * States are serialized by value and ledger, with a few ledgers that open or
 * shut each guard, so context never explodes the graph. Adding the set of
 * milestones passed to the key keeps it finite and makes "every path" exact.
 */

const PRESETS: Ledger[] = [STRONG_CASE, CLOSE_CASE, NEAR_CASE, NO_CASE, { ...STRONG_CASE, presidentCaution: 0.1, escalationRisk: 0.1 }];

function afterEvents(): ModelEvent[] {
  const out: string[] = [];
  const walk = (node: StateNode<any, any>) => {
    for (const t of node.after) out.push(t.eventType);
    Object.values(node.states).forEach(walk);
  };
  walk(decisionMachine.root);
  return out.map((type) => ({ type }) as unknown as ModelEvent);
}

const EVENTS: ModelEvent[] = [
  ...PRESETS.map((ledger) => ({ type: 'LEDGER_UPDATED', ledger }) as const),
  { type: 'REQUEST_SUBMITTED', scope: 'kharkiv-border' },
  { type: 'NEWS_BROKE' },
  { type: 'REMARKS_MADE', by: 'state', setting: 'public' },
  ...afterEvents(),
];

const serialize = (s: AnyMachineSnapshot) => `${JSON.stringify(s.value)}|${JSON.stringify(s.context.ledger)}`;
const graph = getAdjacencyMap(decisionMachine as any, {
  events: EVENTS,
  input: { ledger: CLOSE_CASE, params: defaultParams() },
  serializeState: serialize,
} as any) as unknown as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { state: AnyMachineSnapshot }> }>;

const matches = (s: AnyMachineSnapshot, stateId: string) =>
  s.matches(stateId.split('.').reverse().reduce<any>((acc, k) => (acc === null ? k : { [k]: acc }), null));
const is = (id: string) => (s: AnyMachineSnapshot) => matches(s, id);

/** The milestones a path must have passed before each log event may occur. */
const REQUIRES: Record<string, (seen: ReadonlySet<string>) => boolean> = {
  'letter.sent': (seen) => seen.has('president.final-approval'),
  'president.final-approval': (seen) => seen.has('president.approved-in-principle') && (seen.has('due-diligence.ordered') || seen.has('due-diligence.waived')),
  'decision.hinted': (seen) => seen.has('letter.sent') || seen.has('decision.leaked'),
  'policy.in-effect': (seen) => seen.has('president.final-approval'),
};

interface Violation { readonly event: string; readonly history: readonly string[] }

/**
 * Walks every reachable (state, ledger, history) of the machine through the pure
 * `transition`, reading the records each step emits (transient states included),
 * and reports any record whose prerequisites the path has not passed.
 */
function exploreAllPaths(requires: typeof REQUIRES): { violations: Violation[]; nodes: number; seenRecords: Set<string> } {
  const params = defaultParams();
  const [first] = initialTransition(decisionMachine, { ledger: CLOSE_CASE, params });
  const key = (s: AnyMachineSnapshot, h: ReadonlySet<string>) => `${serialize(s)}|${[...h].sort().join(',')}`;
  const queue: { s: AnyMachineSnapshot; h: ReadonlySet<string> }[] = [{ s: first, h: new Set() }];
  const seen = new Set([key(first, new Set())]);
  const violations: Violation[] = [];
  const seenRecords = new Set<string>();
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const event of EVENTS) {
      const [next, actions] = transition(decisionMachine, node.s, event);
      const h = new Set(node.h);
      for (const a of actions as { type: string; params?: any }[]) {
        if (a.type !== 'record') continue;
        const name: string = a.params.event;
        seenRecords.add(name);
        if (requires[name] && !requires[name](h)) violations.push({ event: name, history: [...h] });
        h.add(name);
        if (name === 'president.approved-in-principle' && measure(next.context.ledger, params).restraint < params.dueDiligenceRestraint) {
          h.add('due-diligence.waived');
        }
      }
      const k = key(next, h);
      if (!seen.has(k)) {
        seen.add(k);
        queue.push({ s: next, h });
      }
    }
  }
  return { violations, nodes: seen.size, seenRecords };
}

const explored = exploreAllPaths(REQUIRES);

describe('the decision machine\'s graph', () => {
  it('reaches every stage, including the paths history did not take', () => {
    const all = Object.values(graph).map((n) => n.state);
    for (const id of ['path.deferred', 'path.refused', 'path.approved.dueDiligence', 'path.approved.finalReview',
      'path.approved.sentBack', 'path.approved.reworked',
      'path.approved.quietPeriod', 'path.inEffect', 'publicity.leaked', 'publicity.signalled', 'publicity.confirmed']) {
      expect(all.some(is(id)), id).toBe(true);
    }
  });
});

describe('invariants on every path of the decision machine', () => {
  it('walks every record the machine can write', () => {
    expect(explored.nodes).toBeGreaterThan(100);
    for (const r of ['president.deferred', 'president.refused', 'decision.leaked', 'decision.hinted', 'policy.in-effect', 'due-diligence.ordered',
      'president.sent-back', 'due-diligence.redone']) {
      expect(explored.seenRecords, r).toContain(r);
    }
  });

  it('no letter before final approval; no final approval before approval in principle and due diligence (or its waiver); no public signal before the letter unless leaked; in effect only after final approval', () => {
    expect(explored.violations).toEqual([]);
  });

  it('the check can fail: a stricter rule (no leak before the letter) finds violating paths', () => {
    const strict = { ...REQUIRES, 'decision.leaked': (seen: ReadonlySet<string>) => seen.has('letter.sent') };
    expect(exploreAllPaths(strict).violations.length).toBeGreaterThan(0);
  });

  it('a waiver is a real path: final approval without due diligence happens only with low restraint', () => {
    const noWaiver = { ...REQUIRES, 'president.final-approval': (seen: ReadonlySet<string>) => seen.has('due-diligence.ordered') };
    const found = exploreAllPaths(noWaiver).violations.filter((v) => v.event === 'president.final-approval');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.history.includes('due-diligence.waived'))).toBe(true);
  });
});
