import type { ChartState, ChartTransition, Statechart } from './statechart.js';
import { transitionLabel } from './transition-label.js';

const HEADER = [
  'graph [compound=true, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.35, pad=0.2, labeljust=l];',
  'node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#444444", fontname="Helvetica", fontsize=10, height=0.3, margin="0.12,0.05"];',
  'edge [fontname="Helvetica", fontsize=8, color="#555555", fontcolor="#333333", arrowsize=0.6];',
];
/** A transition's label: text only, in the edges' font, with a little air for the arrows. */
const LABEL_NODE = 'shape=plaintext, style="", fontsize=8, fontcolor="#333333", height=0.1, width=0.1, margin="0.03,0.02"';

/**
 * Graphviz DOT for one or more machines: compound states and machines as
 * clusters, parallel regions as dashed clusters, a dot for each initial
 * state, a double border for final states, and every transition labelled as
 * in the Mermaid text. State descriptions become tooltips. A transition's label
 * is a node of its own, inside the box of the nearest state holding both ends:
 * Graphviz sizes a cluster to its nodes, not to its edges' labels, which ran
 * past the box ("[letterSent and administrationSpeaksInPublic]").
 *
 * @example toDot([statechartOf('decision')])
 */
export function toDot(charts: readonly Statechart[]): string {
  const lines = ['digraph statechart {', ...HEADER.map((l) => `  ${l}`)];
  for (const chart of charts) lines.push(...machineLines(chart));
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function machineLines(chart: Statechart): string[] {
  const internal = (s: ChartState) => chart.transitions.filter((t) => t.target === null && t.source === s.id).map((t) => transitionLabel(t));
  const inRegion = (s: ChartState) => chart.parents.get(s.id)?.kind === 'parallel';
  const edges: string[] = [];
  /** Graphviz joins nodes, not clusters: an end at a composite state is drawn at its first leaf, clipped at its border. */
  const leaf = (id: string): string => {
    const s = chart.states.get(id);
    if (!s || s.children.length === 0) return id;
    return leaf(s.initial ?? s.children[0]!.id);
  };
  const edge = (from: string, to: string, label: string, extra: readonly string[] = []): string => {
    const [tail, head] = [leaf(from), leaf(to)];
    const attrs = [
      ...(label ? [`label=${q(label)}`] : []),
      ...extra,
      ...(head !== to ? [`lhead=${q(clusterId(to))}`] : []),
      ...(tail !== from ? [`ltail=${q(clusterId(from))}`] : []),
    ];
    return `  ${q(tail)} -> ${q(head)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`;
  };

  /** Label nodes by the composite state whose box holds them. */
  const labels = new Map<string, string[]>();
  const labelled = (t: ChartTransition & { target: string }, n: number): void => {
    let owner = chart.parents.get(t.source);
    while (owner && !t.target.startsWith(`${owner.id}.`) && chart.parents.has(owner.id)) owner = chart.parents.get(owner.id);
    const node = `${t.source}->${t.target}#${n}`;
    const at = owner?.id ?? chart.root.id;
    labels.set(at, [...(labels.get(at) ?? []), `${q(node)} [label=${q(transitionLabel(t, '\n'))}, ${LABEL_NODE}];`]);
    edges.push(edge(t.source, node, '', ['arrowhead=none']), edge(node, t.target, ''));
  };

  const cluster = (s: ChartState, depth: number): string[] => {
    const pad = '  '.repeat(depth);
    const inner = '  '.repeat(depth + 1);
    if (s.children.length === 0) {
      const label = [s.key, ...internal(s)].join('\n');
      const attrs = [`label=${q(label)}`, ...(s.kind === 'final' ? ['peripheries=2'] : []), ...(s.description ? [`tooltip=${q(s.description)}`] : [])];
      return [`${pad}${q(s.id)} [${attrs.join(', ')}];`];
    }
    const title = [s.kind === 'parallel' ? `${s.key} (parallel)` : s.key, ...internal(s)];
    const style = inRegion(s) ? '"dashed,rounded"' : '"rounded,filled"';
    const out = [
      `${pad}subgraph ${q(clusterId(s.id))} {`,
      `${inner}label=${leftLines(title)}; style=${style}; color="#888888"; fillcolor="#f6f6f6";${s.description ? ` tooltip=${q(s.description)};` : ''}`,
    ];
    if (s.initial) {
      const dot = `${s.id}::initial`;
      out.push(`${inner}${q(dot)} [shape=point, width=0.1, label="", style=filled, fillcolor="#222222"];`);
      edges.push(edge(dot, s.initial, ''));
    }
    for (const child of s.children) out.push(...cluster(child, depth + 1));
    for (const label of labels.get(s.id) ?? []) out.push(`${inner}${label}`);
    out.push(`${pad}}`);
    return out;
  };

  chart.transitions.forEach((t, n) => {
    if (t.target !== null) labelled({ ...t, target: t.target }, n);
  });
  const body = cluster(chart.root, 1);
  return [...body, ...edges];
}

function clusterId(stateId: string): string {
  return `cluster_${stateId}`;
}

/** A DOT double-quoted string. */
function q(text: string): string {
  return `"${escape(text)}"`;
}

/** Lines of a DOT label, each left-justified (`\l` ends such a line). */
function leftLines(lines: readonly string[]): string {
  return `"${lines.map((l) => `${escape(l)}\\l`).join('')}"`;
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
