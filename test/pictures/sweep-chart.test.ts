import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/index.js';
import { cli as syncCli } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { assertWellFormedXml, attributeValues, texts } from '../helpers/xml.js';
import { sweepChartSpec } from '../../src/pictures/sweep-chart.js';
import { readSweep } from '../../src/sweep/read-sweep.js';

// Its high final bars leave some runs without final approval, which the "never" bars need.
const SCENARIO = 'test/fixtures/uncertain-final-bar.yaml';
const dir = mkdtempSync(join(tmpdir(), 'redline-sweep-chart-'));
const rowsFile = join(dir, 'rows.json');
let rows: { milestones: Record<string, string | null> }[];
let svg: string;

async function cli(...args: string[]) {
  const io = bufferIO();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** The aria-labels of the marks of one layer. */
const marks = (chart: string, layer: string): string[] => {
  const group = chart.match(new RegExp(`class="mark-\\w+ role-mark ${layer.replace(/-/g, '_')}_marks"[^>]*?(?:/>|>(.*?)</g>)`));
  expect(group, `layer ${layer}`).not.toBeNull();
  return attributeValues(group![1] ?? '', 'aria-label');
};

/** Nearest-rank percentile with "never" sorting after every date, computed here from the rows alone. */
function percentile(dates: readonly (string | null)[], p: number): string | null {
  const sorted = [...dates].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

beforeAll(async () => {
  const sweep = await syncCli('sweep', SCENARIO, '--runs', '120', '--seed', '10', '--json');
  expect(sweep.code).toBe(0);
  writeFileSync(rowsFile, `${sweep.out}\n`);
  rows = sweep.out.split('\n').slice(1).map((l) => JSON.parse(l) as { milestones: Record<string, string | null> });
  const drawn = await cli('chart', '--sweep', rowsFile, '-o', join(dir, 'out.svg'));
  expect(drawn).toMatchObject({ code: 0, out: `wrote ${join(dir, 'out.svg')}: milestone dates of 120 runs of uncertain-final-bar` });
  svg = readFileSync(join(dir, 'out.svg'), 'utf8');
});

/** Milestones some run reached on a day other runs did not, or that some runs never reached: those get a panel. */
const varying = () => MILESTONE_IDS.filter((id) => new Set(rows.map((r) => r.milestones[id])).size > 1);
/** Milestones every run reached on one and the same day. */
const fixed = () => MILESTONE_IDS.filter((id) => new Set(rows.map((r) => r.milestones[id])).size === 1 && rows[0]!.milestones[id] !== null);
/** Every line of text in the SVG, the subtitle's tspans too. */
const lines = (chart: string): string[] => [...texts(chart), ...[...chart.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"))];

describe('chart --sweep', () => {
  it('draws well-formed SVG with one bar group per milestone whose date varies, a bar per day', () => {
    assertWellFormedXml(svg);
    expect(varying().length).toBeGreaterThan(0);
    expect([...svg.matchAll(/role-mark bars_(\w+)_marks/g)].map((m) => m[1]!.replace(/_/g, '-'))).toEqual(varying());
    for (const id of varying()) {
      const perDay = new Map<string, number>();
      for (const r of rows) if (r.milestones[id]) perDay.set(r.milestones[id]!, (perDay.get(r.milestones[id]!) ?? 0) + 1);
      const expected = [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([d, n]) => `${id} · ${d} · ${n} runs`);
      expect(marks(svg, `bars-${id}`)).toEqual(expected);
    }
  });

  it('puts the p10, median and p90 rules at the dates of the sweep\'s own rows', () => {
    let spread = 0;
    for (const id of varying()) {
      const dates = rows.map((r) => r.milestones[id] ?? null);
      const expected = ([['p10', 0.1], ['median', 0.5], ['p90', 0.9]] as const)
        .map(([name, p]) => [name, percentile(dates, p)] as const)
        .filter(([, d]) => d !== null)
        .map(([name, d]) => `${id} · ${name} · ${d}`);
      expect(marks(svg, `percentiles-${id}`)).toEqual(expected);
      if (percentile(dates, 0.1) !== percentile(dates, 0.9)) spread++;
    }
    expect(spread).toBeGreaterThan(0);
  });

  it('states the share of runs that never reached each milestone, and draws them as a "never" bar', () => {
    const titles = texts(svg);
    for (const id of varying()) {
      const never = rows.filter((r) => r.milestones[id] === null).length;
      const stated = never === 0 ? `${id}: every run reached it` : `${id}: never reached in ${((never / rows.length) * 100).toFixed(1)}% of runs (${never})`;
      expect(titles.some((t) => t.startsWith(stated)), stated).toBe(true);
      expect(marks(svg, `never-${id}`)).toEqual([`${id} · never · ${never} runs`]);
    }
    expect(rows.some((r) => Object.values(r.milestones).includes(null))).toBe(true);
    expect(titles.filter((t) => t === 'never')).toHaveLength(varying().length);
  });

  it('gives no panel to a milestone every run reached on one day: the subtitle names it and the day (issue 16)', () => {
    expect(fixed().length).toBeGreaterThan(0);
    const subtitle = lines(svg).filter((l) => l.startsWith('Same day in every run: '));
    for (const id of fixed()) {
      expect(svg).not.toContain(`bars_${id.replace(/-/g, '_')}_marks`);
      expect(subtitle.filter((l) => new RegExp(`[:,] ${id}(,.*)? on ${rows[0]!.milestones[id]}\\.$`).test(l)), id).toHaveLength(1);
    }
    expect(texts(svg).some((t) => fixed().some((id) => t.startsWith(`${id}:`)))).toBe(false);
  });
});

describe('chart --sweep refuses bad input with exit 2, naming file and line', () => {
  it('a missing file', async () => {
    expect(await cli('chart', '--sweep', join(dir, 'none.json'))).toMatchObject({ code: 2, err: `${join(dir, 'none.json')}: cannot read: no such file` });
  });

  it('a file that is not a sweep, and a sweep summary', async () => {
    const notSweep = await cli('chart', '--sweep', 'README.md');
    expect(notSweep.code).toBe(2);
    expect(notSweep.err).toMatch(/^README\.md:1: not a redline sweep file/);
    const summary = join(dir, 'summary.json');
    writeFileSync(summary, `${(await syncCli('sweep', SCENARIO, '--runs', '20', '--seed', '7', '--json', '--summary')).out}\n`);
    const r = await cli('chart', '--sweep', summary);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${summary}:1: is a sweep summary \\(--summary\\).*without --summary`));
  });

  it('a torn file and one that stops short of its runs', async () => {
    const text = readFileSync(rowsFile, 'utf8');
    const lines = text.split('\n');
    const torn = join(dir, 'torn.json');
    writeFileSync(torn, `${lines.slice(0, 6).join('\n')}\n${lines[6]!.slice(0, 40)}`);
    expect(await cli('chart', '--sweep', torn)).toMatchObject({ code: 2, err: expect.stringMatching(new RegExp(`^${torn}:7: is cut off mid-row`)) });
    const short = join(dir, 'short.json');
    writeFileSync(short, `${lines.slice(0, 6).join('\n')}\n`);
    expect(await cli('chart', '--sweep', short)).toMatchObject({ code: 2, err: expect.stringMatching(new RegExp(`^${short}:6: ends after 5 of its 120 runs`)) });
  });

  it('scenario files alongside --sweep', async () => {
    const r = await cli('chart', '--sweep', rowsFile, SCENARIO);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chart --sweep draws one sweep's rows file/);
  });
});

type Panel = { hconcat: [{ layer: { name: string; mark: { type: string; y?: number }; data: { values: { label?: string }[] } }[] }, object] };

describe('chart --sweep lays its labels and panels out so they read (issue 16)', () => {
  it("each percentile's label has a row of its own, so median and p90 on neighbouring days never overprint", () => {
    const spec = sweepChartSpec(readSweep(rowsFile)) as unknown as { vconcat: Panel[] };
    for (const panel of spec.vconcat) {
      const layers = panel.hconcat[0].layer;
      const texts = layers.filter((l) => l.mark.type === 'text');
      const rows = texts.map((l) => l.mark.y);
      expect(new Set(rows).size, layers[0]!.name).toBe(rows.length);
      // one label a layer: nothing joined or stacked on one row
      for (const l of texts) expect(new Set(l.data.values.map((v) => v.label)).size).toBeLessThanOrEqual(1);
    }
  });

  it('draws every histogram, and every "never" bar, at the same x and width: the panels line up', () => {
    // Each view's group in the SVG: its offset in its row and its background's width.
    const views = [...svg.matchAll(/role-scope (concat_\d+_concat_0|never_\w+)_group"[^>]*><g transform="translate\(([\d.]+),[\d.]+\)"><path class="background"[^>]* d="M[\d.]+,[\d.]+h([\d.]+)v/g)]
      .map((m) => ({ kind: m[1]!.startsWith('never') ? 'never' : 'days', x: Number(m[2]), width: Number(m[3]) }));
    for (const kind of ['days', 'never']) {
      const own = views.filter((v) => v.kind === kind);
      expect(own, kind).toHaveLength(varying().length);
      expect(new Set(own.map((v) => `${v.x} ${v.width}`)).size, kind).toBe(1);
    }
    const [days, never] = [views.find((v) => v.kind === 'days')!, views.find((v) => v.kind === 'never')!];
    expect(never.x).toBeGreaterThan(days.x + days.width);
  });

  it('with no date that varies, draws no panel and says why, naming every milestone\'s one day', async () => {
    const fixedRows = join(dir, 'fixed.json');
    writeFileSync(fixedRows, `${(await syncCli('sweep', 'scenarios/baseline.yaml', '--runs', '4', '--json')).out}\n`);
    const r = await cli('chart', '--sweep', fixedRows);
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toMatch(/role-mark bars_/);
    expect(lines(r.out)).toContain('No histogram to draw: in these runs no milestone\'s date varies, and none is reached in some runs only.');
    expect(lines(r.out).filter((l) => l.startsWith('Same day in every run: ')).join(' ').match(/\b[a-z]+(?:-[a-z]+)+\b/g)?.sort()).toEqual([...MILESTONE_IDS].sort());
  });
});
