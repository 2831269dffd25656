import type { StateValue } from 'xstate';
import type { CompiledMachine, CompiledNode, MachineState } from './compiled-machine.js';

/** The machine's state value, built as XState builds it from its node order. */
export function stateValueOf(cm: CompiledMachine, st: MachineState): StateValue {
  const children = new Map<CompiledNode, CompiledNode[]>();
  for (const n of st.nodes) {
    if (!children.has(n)) children.set(n, []);
    if (n.parent) {
      if (!children.has(n.parent)) children.set(n.parent, []);
      children.get(n.parent)!.push(n);
    }
  }
  const valueOf = (n: CompiledNode): StateValue => {
    const kids = children.get(n);
    if (!kids) return {};
    if (n.type === 'compound') {
      const k = kids[0];
      if (!k) return {};
      if (k.type === 'atomic' || k.type === 'final') return k.key;
    }
    const out: Record<string, StateValue> = {};
    for (const k of kids) out[k.key] = valueOf(k);
    return out;
  };
  return valueOf(cm.root);
}
