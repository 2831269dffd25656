import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { MILESTONE_IDS } from '../../machines/index.js';
import { daysBetween } from '../../src/engine/dates.js';
import { simulate } from '../../src/engine/index.js';
import { milestoneChartSpec, milestoneSeries, renderVegaLite, type MilestoneSeries } from '../../src/pictures/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';
import { assertWellFormedXml, attributeValues, texts } from '../helpers/xml.js';

const WHAT_IF = 'scenarios/no-blinken-trip.yaml';
let baseline: MilestoneSeries;
let whatIf: MilestoneSeries;
let svg: string;

/** The aria-labels of the marks of one layer of the chart. */
const marks = (chart: string, layer: string): string[] => {
  const group = chart.match(new RegExp(`class="mark-\\w+ role-mark ${layer.replace(/-/g, '_')}_marks"[^>]*?(?:/>|>(.*?)</g>)`));
  expect(group, `layer ${layer}`).not.toBeNull();
  return attributeValues(group![1] ?? '', 'aria-label');
};

beforeAll(async () => {
  [baseline, whatIf] = [BASELINE, WHAT_IF].map((f) => milestoneSeries(simulate(loadScenario(f).inputs))) as [MilestoneSeries, MilestoneSeries];
  svg = await renderVegaLite(milestoneChartSpec([baseline, whatIf]));
});

const reached = (s: MilestoneSeries) => MILESTONE_IDS.filter((m) => s.milestones[m] !== null);

describe('the milestone timeline', () => {
  it('is well-formed SVG', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    assertWellFormedXml(svg);
  });

  it('has one mark per milestone reached per scenario, at its date', () => {
    const points = marks(svg, 'milestones');
    for (const s of [baseline, whatIf]) {
      const own = points.filter((l) => l.startsWith(`${s.scenario} · `));
      expect(own.map((l) => l.split(' · ')[1])).toEqual(reached(s));
      for (const m of reached(s)) expect(own).toContainEqual(expect.stringMatching(`^${s.scenario} · ${m} · ${s.milestones[m]}`));
    }
    expect(points).toHaveLength(reached(baseline).length + reached(whatIf).length);
    expect(reached(whatIf).length).toBeLessThan(MILESTONE_IDS.length);
  });

  it('says "not reached" for each milestone a run never got to', () => {
    const missed = MILESTONE_IDS.filter((m) => whatIf.milestones[m] === null);
    expect(marks(svg, 'not-reached')).toEqual(missed.map((m) => `${whatIf.scenario} · ${m} · not reached`));
    expect(texts(svg).filter((t) => t === 'not reached')).toHaveLength(missed.length);
  });

  it('draws the shift from the first scenario in days', () => {
    const shifted = MILESTONE_IDS.filter((m) => baseline.milestones[m] && whatIf.milestones[m] && baseline.milestones[m] !== whatIf.milestones[m]);
    expect(shifted.length).toBeGreaterThan(0);
    for (const m of shifted) {
      const days = daysBetween(baseline.milestones[m]!, whatIf.milestones[m]!);
      const shift = `${days > 0 ? '+' : '−'}${Math.abs(days)} d`;
      expect(marks(svg, 'milestones')).toContain(`${whatIf.scenario} · ${m} · ${whatIf.milestones[m]} (${shift} against ${baseline.scenario})`);
      expect(marks(svg, 'shifts')).toContain(`${whatIf.scenario} · ${m} · ${shift} from ${baseline.milestones[m]} to ${whatIf.milestones[m]}`);
    }
    expect(marks(svg, 'shifts')).toHaveLength(shifted.length);
    expect(marks(svg, 'shift-labels')).toHaveLength(shifted.length);
  });

  it('shows the input events inside the date window as ticks', () => {
    const ticks = marks(svg, 'inputs');
    const [start, end] = svg.match(/input events from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/)!.slice(1) as [string, string];
    const inWindow = (s: MilestoneSeries) => s.inputs.filter((e) => e.date >= start && e.date <= end);
    expect(ticks).toHaveLength(inWindow(baseline).length + inWindow(whatIf).length);
    expect(ticks).toContain(`${baseline.scenario} · input kharkiv-offensive-begins · ${baseline.inputs.find((e) => e.id === 'kharkiv-offensive-begins')!.date}`);
  });

  it('labels the date axis with dates in order, inside the window of the runs', () => {
    const axisDates = texts(svg).filter((t) => /^[A-Z][a-z]{2} \d{2}$/.test(t));
    expect(axisDates.length).toBeGreaterThanOrEqual(4);
    const asDays = axisDates.map((t) => Date.parse(`${t} 2024 UTC`));
    expect(asDays).toEqual([...asDays].sort((a, b) => a - b));
    const first = Date.parse(`${baseline.milestones['formal-request']}T00:00:00Z`);
    expect(asDays[0]!).toBeLessThanOrEqual(first);
    expect(asDays.at(-1)!).toBeGreaterThanOrEqual(Date.parse(`${whatIf.milestones['principals-agree']}T00:00:00Z`) - 7 * 86_400_000);
  });

  it('names every milestone row and the scenarios in the legend', () => {
    const words = texts(svg);
    for (const m of MILESTONE_IDS) expect(words).toContain(m);
    expect(words).toEqual(expect.arrayContaining([baseline.scenario, whatIf.scenario, 'input events']));
  });

  it('names even the longest shipped scenario id whole in the legend, never cut ("no-kharkiv-offensi…", issue 16)', async () => {
    const ids = shippedScenarios().map((f) => /^id: (\S+)$/m.exec(readFileSync(f, 'utf8'))?.[1] ?? '');
    const longest = shippedScenarios()[ids.indexOf(ids.reduce((a, b) => (b.length > a.length ? b : a)))]!;
    const series = milestoneSeries(simulate(loadScenario(longest).inputs));
    const chart = await renderVegaLite(milestoneChartSpec([baseline, series]));
    expect(series.scenario.length).toBeGreaterThanOrEqual(20);
    expect(texts(chart)).toContain(series.scenario);
    expect(texts(chart).filter((t) => t.endsWith('…'))).toEqual([]);
  });

  it('compiles without a Vega-Lite warning', () => {
    const warnings: string[] = [];
    const logger = { level: () => logger, warn: (...a: unknown[]) => (warnings.push(a.join(' ')), logger), info: () => logger, debug: () => logger, error: (...a: unknown[]) => (warnings.push(a.join(' ')), logger) };
    compile(milestoneChartSpec([baseline, whatIf]), { logger: logger as never });
    expect(warnings).toEqual([]);
  });

  it('gives the same bytes every time, in any time zone', async () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2024, 4, 13)).getHours(), 'the zone took effect').not.toBe(0);
        expect(await renderVegaLite(milestoneChartSpec([baseline, whatIf]))).toBe(svg);
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('draws one scenario alone, and one that reaches nothing, without shifts', async () => {
    const nothing = milestoneSeries(simulate(loadScenario(tempScenario(scenarioText())).inputs));
    const alone = await renderVegaLite(milestoneChartSpec([nothing]));
    assertWellFormedXml(alone);
    expect(marks(alone, 'not-reached')).toHaveLength(MILESTONE_IDS.length);
    expect(marks(alone, 'milestones')).toEqual([]);
    expect(marks(alone, 'shifts')).toEqual([]);
  });
});
