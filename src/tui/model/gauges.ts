import { FORCES, FORCE_NAMES, MEASURES, feltLedger, measure, type Force, type Ledger, type MeasureName, type Params } from '../../../machines/index.js';

/** What the ledger pane draws: the measures the guards read, then the forces they combine. */
export type GaugeId = Exclude<MeasureName, 'alliedIsolation'> | Force;

export interface Gauge {
  readonly id: GaugeId;
  readonly label: string;
  readonly kind: 'measure' | 'force';
  readonly min: number;
  readonly max: number;
}

// alliedIsolation is both a measure and a force; it is drawn once, as the force.
const GAUGE_MEASURES = ['kharkivThreat', 'support', 'restraint', 'net'] as const;

export const GAUGES: readonly Gauge[] = [
  ...GAUGE_MEASURES.map((id): Gauge => ({ id, label: MEASURES[id].label, kind: 'measure', min: id === 'net' ? -1 : 0, max: 1 })),
  ...FORCE_NAMES.map((id): Gauge => ({ id, label: FORCES[id].label, kind: 'force', min: 0, max: 1 })),
];

/** The gauge that shows a guard's measure. */
export function gaugeOfMeasure(name: MeasureName): GaugeId {
  return name === 'alliedIsolation' ? 'alliedIsolation' : name;
}

/** Every gauge's reading for a ledger, in the order of GAUGES: the measures worked out once for all of them. */
export function gaugeValues(ledger: Ledger, params: Params): number[] {
  const measures = measure(ledger, params);
  const felt = feltLedger(ledger, params); // a bar of 0..1 shows a force as the guards feel it
  return GAUGES.map((g) => (g.kind === 'force' ? felt[g.id as Force] : measures[g.id as MeasureName]));
}

/**
 * A bar of `width` cells: filled up to the value, with the threshold's cell
 * drawn as `┃` when there is one.
 *
 * @example bar(0.5, { min: 0, max: 1 }, 10, 0.7) // '█████░░┃░░'
 */
export function bar(value: number, range: Pick<Gauge, 'min' | 'max'>, width: number, threshold?: number): string {
  if (width <= 0) return '';
  const cell = (x: number) => Math.round(((Math.min(range.max, Math.max(range.min, x)) - range.min) / (range.max - range.min)) * width);
  const filled = cell(value);
  const mark = threshold === undefined ? -1 : Math.min(width - 1, cell(threshold));
  let out = '';
  for (let i = 0; i < width; i++) out += i === mark ? '┃' : i < filled ? '█' : '░';
  return out;
}
