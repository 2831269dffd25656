import type { ChartState, ChartTransition, Statechart } from './statechart.js';
import { transitionLabel } from './transition-label.js';

/**
 * Mermaid `stateDiagram-v2` text for one or more machines, each a composite
 * state named after the machine; parallel regions are separated by `--`.
 *
 * @example toMermaid([statechartOf('press')])
 */
export function toMermaid(charts: readonly Statechart[]): string {
  const lines = ['stateDiagram-v2'];
  for (const chart of charts) lines.push(...machineLines(chart));
  return `${lines.join('\n')}\n`;
}

/** Mermaid ids are words: `decision.path.approved` → `decision_path_approved`. */
export function mermaidId(stateId: string): string {
  return stateId.replace(/[^A-Za-z0-9_]/g, '_');
}

function machineLines(chart: Statechart): string[] {
  const endpoint = endpointResolver(chart);
  const local = new Map<string, ChartTransition[]>();
  const crossing: ChartTransition[] = [];
  for (const t of chart.transitions) {
    if (t.target === null) continue;
    const [from, to] = [endpoint(t.source), endpoint(t.target)];
    const scope = chart.parents.get(from);
    if (scope && scope.kind !== 'parallel' && scope === chart.parents.get(to)) local.set(scope.id, [...(local.get(scope.id) ?? []), { ...t, source: from, target: to }]);
    else crossing.push({ ...t, source: from, target: to });
  }
  const edge = (t: ChartTransition) => `${mermaidId(t.source)} --> ${mermaidId(t.target!)} : ${safe(transitionLabel(t))}`;
  const internal = (s: ChartState) => chart.transitions
    .filter((t) => t.target === null && t.source === s.id)
    .map((t) => `%% ${s.key}: ${transitionLabel(t)} (no change of state)`);

  const block = (s: ChartState, depth: number): string[] => {
    const pad = '  '.repeat(depth);
    if (s.children.length === 0) return [`${pad}state "${s.key}" as ${mermaidId(s.id)}`];
    const open = `${pad}state "${s.key}" as ${mermaidId(s.id)} {`;
    const inner = '  '.repeat(depth + 1);
    const body = s.kind === 'parallel'
      ? s.children.flatMap((region, i) => [...(i > 0 ? [`${inner}--`] : []), ...block(region, depth + 1)])
      : [
          ...(s.initial ? [`${inner}[*] --> ${mermaidId(s.initial)}`] : []),
          ...s.children.flatMap((c) => block(c, depth + 1)),
          ...(local.get(s.id) ?? []).map((t) => inner + edge(t)),
          ...s.children.filter((c) => c.kind === 'final').map((c) => `${inner}${mermaidId(c.id)} --> [*]`),
        ];
    return [open, ...internal(s).map((l) => inner + l), ...body, `${pad}}`];
  };
  // Transitions between states of different parents go at the top level: Mermaid moves a
  // state into whichever composite mentions it last, except the top level.
  return [...block(chart.root, 1), ...crossing.map((t) => `  ${edge(t)}`)];
}

/**
 * Mermaid fails to render a transition to or from a composite state inside a parallel
 * region (mermaid-js/mermaid#4052); such an end is drawn at the state it enters first.
 */
function endpointResolver(chart: Statechart): (id: string) => string {
  const inParallel = (id: string): boolean => {
    for (let p = chart.parents.get(id); p; p = chart.parents.get(p.id)) if (p.kind === 'parallel') return true;
    return false;
  };
  return (id) => {
    let state = chart.states.get(id);
    while (state?.kind === 'compound' && state.initial && inParallel(state.id)) state = chart.states.get(state.initial);
    return state?.id ?? id;
  };
}

/** A Mermaid label ends at a colon, semicolon or newline. */
function safe(label: string): string {
  return label.replace(/[:;\n]/g, ' ');
}
