import { MILESTONE_IDS } from '../../machines/index.js';
import { movedText, type DiffJson } from '../explain/diff-json.js';
import type { Explanation } from '../explain/explain.js';
import { renderExplanation } from '../explain/render.js';
import { citedSources } from './cited-sources.js';
import { escapeHtml as h } from './escape-html.js';
import { REPORT_CSS } from './report-style.js';
import type { PairedShift } from '../sweep/ensemble/answers.js';
import { percent, signed } from '../sweep/report/format.js';

/** Everything one report page shows; built by the `report` command from the scenario's runs. */
export interface ReportInput {
  readonly scenario: { readonly id: string; readonly title: string; readonly summary: string; readonly file: string };
  /** The scenario's run against its parent's; null for a scenario that extends none. */
  readonly diff: DiffJson | null;
  /** One per milestone, in milestone order. */
  readonly explanations: readonly Explanation[];
  /** The milestone chart, an SVG element. */
  readonly chartSvg: string;
  /** Paired over an ensemble against the parent: where the members came from, their shifts, and the picture of them. */
  readonly ensemble?: { readonly source: string; readonly shifts: readonly PairedShift[]; readonly svg: string };
}

/** Blocks every request the page could make, so it cannot depend on the network even by mistake. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A self-contained HTML page on one scenario: its question and summary, the
 * diff against its parent, each milestone explained, the chart and the sources
 * it cites. Every piece of text from a scenario file is escaped.
 *
 * @example reportHtml({ scenario, diff: diffJson(parentRun, run), explanations, chartSvg })
 */
export function reportHtml(r: ReportInput): string {
  const body = [
    `<h1>${h(r.scenario.title)}</h1>`,
    `<p class="meta">Scenario <code>${h(r.scenario.id)}</code> from <code>${h(r.scenario.file)}</code>${
      r.diff ? `, against <code>${h(r.diff.a.scenario)}</code>` : ''}</p>`,
    `<p class="summary">${h(r.scenario.summary)}</p>`,
    ...diffSection(r.diff),
    ...(r.ensemble ? ensembleSection(r.ensemble) : []),
    '<h2>The milestones on one date axis</h2>',
    `<figure>${r.chartSvg.trim()}</figure>`,
    '<h2>Each milestone explained</h2>',
    ...r.explanations.flatMap(explanationSection),
  ].join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(r.scenario.title)} · redline</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    ...sourcesSection(body),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function ensembleSection(e: NonNullable<ReportInput['ensemble']>): string[] {
  const share = (n: number, of: number) => percent(n / of);
  const rows = e.shifts.map((x) => `<tr><td>${x.id}</td><td>${share(x.earlier, x.members)}</td><td>${share(x.same, x.members)}</td><td>${share(x.later, x.members)}</td><td>${share(x.never, x.members)}</td><td>${
    x.medianShift === null ? '—' : `${signed(x.medianShift, Number.isInteger(x.medianShift) ? 0 : 1)} d`}</td></tr>`);
  return [
    '<h2>Over the ensemble</h2>',
    `<p>Each member of ${h(e.source)} runs both scenarios: the share of members where each milestone comes earlier, on the same day, later, or never.</p>`,
    '<table><thead><tr><th>milestone</th><th>earlier</th><th>same day</th><th>later</th><th>never</th><th>median shift</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    `<figure>${e.svg.trim()}</figure>`,
  ];
}

function diffSection(d: DiffJson | null): string[] {
  if (!d) return ['<h2>Against a parent</h2>', '<p>This scenario extends no other, so there is nothing to compare it with.</p>'];
  const rows = MILESTONE_IDS.map((id) => {
    const m = d.milestones[id];
    const cls = m.days ? ` class="moved-${m.days > 0 ? 'later' : 'earlier'}"` : '';
    return `<tr><td>${id}</td><td>${m.a ?? '—'}</td><td>${m.b ?? '—'}</td><td${cls}>${h(movedText(m))}</td></tr>`;
  });
  const i = d.inputs;
  const changes = [
    ...i.moved.map((m) => `moved <code>${h(m.id)}</code> from ${h(m.from)} to ${h(m.to)}`),
    ...i.removed.map((e) => `removed <code>${h(e.id)}</code> (${h(e.date)}): ${h(e.summary)}`),
    ...i.added.map((e) => `added <code>${h(e.id)}</code> (${h(e.date)}): ${h(e.summary)}`),
    ...i.changed.map((c) => `changed <code>${h(c.id)}</code> (${h(c.date)}): ${h(c.fields.join(', '))}`),
    ...i.params.map((p) => `set <code>${h(p.name)}</code> from ${p.from} to ${p.to}`),
    ...(i.seed ? [`seed from ${i.seed.from} to ${i.seed.to}`] : []),
  ];
  return [
    `<h2>Against ${h(d.a.scenario)}: ${h(d.a.title)}</h2>`,
    '<table class="diff">',
    `<thead><tr><th>milestone</th><th>${h(d.a.scenario)}</th><th>${h(d.b.scenario)}</th><th>moved</th></tr></thead>`,
    '<tbody>', ...rows,
    `<tr><td>final state</td><td>${h(d.a.finalState)}</td><td>${h(d.b.finalState)}</td><td></td></tr>`,
    '</tbody>', '</table>',
    `<h3>Inputs that differ from ${h(d.a.scenario)}</h3>`,
    changes.length ? `<ul>\n${changes.map((c) => `<li>${c}</li>`).join('\n')}\n</ul>` : '<p>None: the inputs are the same.</p>',
  ];
}

/** The headline as a paragraph, the rest of `explain`'s text as it prints. */
function explanationSection(x: Explanation): string[] {
  const [, headline = '', ...rest] = renderExplanation(x).split('\n');
  const detail = rest.join('\n').replace(/^\n+/, '');
  return [
    `<section class="milestone" id="${x.milestone}">`,
    `<h3>${h(x.label)} <small><code>${x.milestone}</code></small></h3>`,
    `<p>${h(headline)}</p>`,
    ...(detail ? [`<pre>${h(detail)}</pre>`] : []),
    '</section>',
  ];
}

function sourcesSection(body: string): string[] {
  const cited = citedSources(body);
  if (cited.length === 0) return [];
  return [
    '<h2>Sources</h2>',
    '<table class="sources">',
    '<thead><tr><th>key</th><th>outlet</th><th>date</th><th>headline</th></tr></thead>',
    '<tbody>',
    ...cited.map((s) => `<tr><td><code>${h(s.key)}</code></td><td>${h(s.outlet)}</td><td>${h(s.date)}</td><td>${s.url ? `<a href="${h(s.url)}">${h(s.headline)}</a>` : h(s.headline)}</td></tr>`),
    '</tbody>', '</table>',
  ];
}
