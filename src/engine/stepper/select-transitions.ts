import type { AnyEvent, CompiledNode, CompiledTransition, MachineState } from './compiled-machine.js';
import { contextOf } from './context.js';

/* Which transitions an event (or no event) takes, as XState chooses them; see macrostep.ts. */

const NONE: readonly CompiledTransition[] = [];

/** XState's `transitionNode` from the root: the first enabled transition per region, innermost first. */
export function selectTransitions(st: MachineState, root: CompiledNode, ev: AnyEvent): CompiledTransition[] | undefined {
  const found: CompiledTransition[] = [];
  collect(st, root, ev, found);
  return found.length ? found : undefined;
}

function collect(st: MachineState, node: CompiledNode, ev: AnyEvent, found: CompiledTransition[]): void {
  const before = found.length;
  if (node.type === 'compound') visit(st, activeChild(st, node), ev, found);
  else if (node.type === 'parallel') {
    // Regions come in the order of the node list: document order, reversed once the machine is done (XState sorts it so).
    const regions = node.children;
    if (st.status === 'done') for (let i = regions.length - 1; i >= 0; i--) visit(st, regions[i]!, ev, found);
    else for (const region of regions) visit(st, region, ev, found);
  }
  if (found.length === before) {
    const t = next(st, node, ev);
    if (t) found.push(t);
  }
}

function visit(st: MachineState, child: CompiledNode, ev: AnyEvent, found: CompiledTransition[]): void {
  if (child.type === 'atomic' || child.type === 'final') {
    const t = next(st, child, ev);
    if (t) found.push(t);
  } else collect(st, child, ev, found);
}

function activeChild(st: MachineState, node: CompiledNode): CompiledNode {
  for (const c of node.children) if (st.active[c.index] === 1) return c;
  throw new Error(`no active child in ${node.id}`);
}

function next(st: MachineState, node: CompiledNode, ev: AnyEvent): CompiledTransition | undefined {
  const candidates = node.on.get(ev.type);
  if (!candidates) return undefined;
  for (const t of candidates) if (!t.guard || t.guard(contextOf(st), ev, st.active)) return t;
  return undefined;
}

export function selectEventless(st: MachineState, ev: AnyEvent): readonly CompiledTransition[] {
  let found: CompiledTransition[] | undefined;
  for (const node of st.nodes) {
    if (node.alwaysChain.length === 0) continue;
    chain: for (const s of node.alwaysChain) {
      for (const t of s.always!) {
        if (!t.guard || t.guard(contextOf(st), ev, st.active)) {
          if (!found) found = [t];
          else if (!found.includes(t)) found.push(t);
          break chain;
        }
      }
    }
  }
  if (!found) return NONE;
  return found.length > 1 ? removeConflicting(st, found) : found;
}

function isDescendant(n: CompiledNode, of: CompiledNode | undefined): boolean {
  return of === undefined || n.descendantOf[of.index] === 1;
}

export function exitSet(st: MachineState, transitions: readonly CompiledTransition[]): CompiledNode[] {
  const out: CompiledNode[] = [];
  for (const t of transitions) {
    if (!t.targets?.length) continue;
    const domain = t.domain;
    if (t.reenter && domain === t.source && !out.includes(domain)) out.push(domain);
    for (const n of st.nodes) if (isDescendant(n, domain) && !out.includes(n)) out.push(n);
  }
  return out;
}

export function removeConflicting(st: MachineState, enabled: readonly CompiledTransition[]): CompiledTransition[] {
  const kept: CompiledTransition[] = [];
  for (const t1 of enabled) {
    let preempted = false;
    const drop: CompiledTransition[] = [];
    const exit1 = exitSet(st, [t1]);
    for (const t2 of kept) {
      const exit2 = exitSet(st, [t2]);
      if (exit1.some((n) => exit2.includes(n))) {
        if (t1.source.descendantOf[t2.source.index] === 1) drop.push(t2);
        else {
          preempted = true;
          break;
        }
      }
    }
    if (!preempted) {
      for (const t of drop) kept.splice(kept.indexOf(t), 1);
      kept.push(t1);
    }
  }
  return kept;
}
