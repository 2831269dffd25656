import type { CompiledNode, CompiledTransition } from './compiled-machine.js';

export type TransitionBase = Omit<CompiledTransition, 'domain' | 'entrySet'>;

/** XState's `getTransitionDomain`, without history. */
export function transitionDomain(t: TransitionBase, root: CompiledNode): CompiledNode | undefined {
  const targets = t.targets;
  if (!targets) return undefined;
  if (!t.reenter && targets.every((n) => n === t.source || n.descendantOf[t.source.index] === 1)) return t.source;
  const [head, ...tail] = [...targets, t.source];
  for (let anc = head!.parent; anc; anc = anc.parent) {
    if (tail.every((n) => n.descendantOf[anc.index] === 1)) return anc;
  }
  return t.reenter ? undefined : root;
}

/** XState's `computeEntrySet` (without history, and with no initial actions to run) for the transitions taken together: nodes to enter, in document order. */
export function entrySetOf(transitions: readonly Pick<CompiledTransition, 'source' | 'targets' | 'reenter' | 'domain'>[]): CompiledNode[] {
  const enter = new Set<CompiledNode>();
  const hasDescendantIn = (child: CompiledNode) => {
    for (const s of enter) if (s.descendantOf[child.index] === 1) return true;
    return false;
  };
  const addDescendants = (n: CompiledNode): void => {
    if (n.type === 'compound') {
      const init = n.initial!;
      enter.add(init);
      addDescendants(init);
    } else if (n.type === 'parallel') {
      for (const child of n.children) {
        if (hasDescendantIn(child)) continue;
        enter.add(child);
        addDescendants(child);
      }
    }
  };
  const addAncestors = (ancestors: readonly CompiledNode[], domain: CompiledNode | undefined) => {
    for (const anc of ancestors) {
      if (!domain || anc.descendantOf[domain.index] === 1) enter.add(anc);
      if (anc.type !== 'parallel') continue;
      for (const child of anc.children) {
        if (hasDescendantIn(child)) continue;
        enter.add(child);
        addDescendants(child);
      }
    }
  };
  for (const t of transitions) {
    const domain = t.domain;
    for (const s of t.targets ?? []) {
      if (t.source !== s || t.source !== domain || t.reenter) {
        enter.add(s);
      }
      addDescendants(s);
    }
    for (const s of t.targets ?? []) {
      const ancestors = properAncestors(s, domain);
      if (domain?.type === 'parallel') ancestors.push(domain);
      addAncestors(ancestors, !t.source.parent && t.reenter ? undefined : domain);
    }
  }
  return [...enter].sort((a, b) => a.index - b.index);
}

function properAncestors(n: CompiledNode, to: CompiledNode | undefined): CompiledNode[] {
  const out: CompiledNode[] = [];
  if (n === to) return out;
  for (let m = n.parent; m && m !== to; m = m.parent) out.push(m);
  return out;
}
