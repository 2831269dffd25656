export { statechartOf, type Statechart, type ChartState, type ChartTransition, type StateKind, type Trigger } from './statechart.js';
export { guardLabel } from './guard-label.js';
export { transitionLabel } from './transition-label.js';
export { toMermaid, mermaidId } from './mermaid.js';
export { toDot } from './dot.js';
export { renderDot } from './render-dot.js';
export { milestoneSeries, type MilestoneSeries } from './milestone-series.js';
export { milestoneChartSpec, INPUTS_ROW } from './milestone-chart.js';
export { renderVegaLite } from './render-vega-lite.js';
