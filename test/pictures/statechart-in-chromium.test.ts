import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MACHINE_IDS } from '../../machines/index.js';
import { renderDot, statechartOf, toDot } from '../../src/pictures/index.js';
import { HAS_CHROMIUM, openInChromium } from '../helpers/chromium.js';

if (!HAS_CHROMIUM) console.warn('statechart-in-chromium: skipped, chromium is not installed (apt-get install -y chromium; CI installs it)');

/**
 * Runs in the page: measures every text as the browser lays it out (getBBox) against the box it
 * belongs in, and writes what does not fit into a <pre id="misfits">. A state's name and a cluster's
 * title lie in their own box; a transition's label (a node titled "source->target#n") lies in the
 * box of the nearest cluster holding both ends, and on no state (so does a label on an edge).
 */
const MEASURE = `
const svg = document.querySelector('svg');
const box = (el) => { const b = el.getBBox(); return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }; };
const inside = (t, c) => t.x0 >= c.x0 - 0.01 && t.x1 <= c.x1 + 0.01 && t.y0 >= c.y0 - 0.01 && t.y1 <= c.y1 + 0.01;
const overlaps = (t, c) => t.x0 < c.x1 && t.x1 > c.x0 && t.y0 < c.y1 && t.y1 > c.y0;
const shapeOf = (g) => g.querySelector(':scope path, :scope polygon, :scope ellipse');
const title = (g) => g.querySelector('title').textContent;
const clusters = new Map([...svg.querySelectorAll('g.cluster')].map((g) => [title(g).replace(/^cluster_/, ''), box(shapeOf(g))]));
const states = [...svg.querySelectorAll('g.node')].filter(shapeOf);
const labels = [...svg.querySelectorAll('g.node')].filter((g) => /#\\d+$/.test(title(g)));
// A label Graphviz places on the edge itself is measured the same way.
const onEdges = [...svg.querySelectorAll('g.edge')].filter((g) => g.querySelector('text'));
const misfits = [];
for (const g of [...states, ...svg.querySelectorAll('g.cluster')]) {
  for (const t of g.querySelectorAll('text')) if (!inside(box(t), box(shapeOf(g)))) misfits.push(title(g) + ': "' + t.textContent + '" runs past its box');
}
for (const g of [...labels, ...onEdges]) {
  const [from, to] = title(g).replace(/#\\d+$/, '').split('->');
  let owner = from.split('.').slice(0, -1).join('.');
  while (owner && !(to.startsWith(owner + '.') && clusters.has(owner))) owner = owner.split('.').slice(0, -1).join('.');
  for (const t of g.querySelectorAll('text')) {
    const b = box(t);
    if (!inside(b, clusters.get(owner))) misfits.push(title(g) + ': "' + t.textContent + '" runs past ' + owner);
    for (const s of states) if (overlaps(b, box(shapeOf(s)))) misfits.push(title(g) + ': "' + t.textContent + '" lies on ' + title(s));
  }
}
const pre = document.createElement('pre');
pre.id = 'misfits';
pre.textContent = JSON.stringify({ labels: labels.length, misfits });
document.body.append(pre);`;

/** What the browser found in the statechart's SVG. */
function measure(svg: string, file: string): { labels: number; misfits: string[] } {
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><body>${svg.replace(/^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*/, '')}<script>${MEASURE}</script></body>`);
  const { dom, console } = openInChromium(file);
  expect(console).toEqual([]);
  const found = /<pre id="misfits">([^<]*)<\/pre>/.exec(dom);
  expect(found, 'the measuring script ran').not.toBeNull();
  return JSON.parse(found![1]!.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&')) as { labels: number; misfits: string[] };
}

// Each test starts a browser (a second or two), hence the generous limit; nothing here is timed.
describe.skipIf(!HAS_CHROMIUM)('the statechart SVG as a browser lays out its text (issue 16)', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-statechart-'));

  it('keeps every label inside its box: "[letterSent and administrationSpeaksInPublic]" inside publicity', async () => {
    const charts = MACHINE_IDS.map((id) => statechartOf(id));
    const { labels, misfits } = measure(await renderDot(toDot(charts)), join(dir, 'all.html'));
    expect(misfits).toEqual([]);
    expect(labels).toBe(charts.reduce((n, c) => n + c.transitions.filter((t) => t.target !== null).length, 0));
  });

  // The check above must be able to fail: a label moved out of its cluster is caught.
  it('would catch a label drawn past the right edge of its box', async () => {
    const svg = await renderDot(toDot([statechartOf('decision')]));
    const moved = svg.replace(/<title>decision\.publicity\.secret&#45;&gt;decision\.publicity\.signalled#\d+<\/title>[\s\S]*?<\/g>/,
      (group) => group.replace(/ x="([\d.]+)"/g, (_, x: string) => ` x="${Number(x) + 200}"`));
    expect(moved).not.toBe(svg);
    expect(measure(moved, join(dir, 'moved.html')).misfits).toEqual(expect.arrayContaining([expect.stringMatching(/"\[letterSent and administrationSpeaksInPublic\]" runs past decision\.publicity$/)]));
  });
});
