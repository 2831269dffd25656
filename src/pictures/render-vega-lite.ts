import { View, logger as vegaLogger, None, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to SVG in Node: no browser, no canvas. Vega numbers
 * its clip paths from a counter that lives as long as the process, so they are
 * renumbered from 1 to make the same spec give the same bytes on every call.
 */
export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const quiet = vegaLogger(None);
  const view = new View(parse(compile(spec, { logger: quiet }).spec), { renderer: 'none', logger: quiet });
  try {
    const svg = await view.toSVG();
    return `${renumberClips(svg)}\n`;
  } finally {
    view.finalize();
  }
}

function renumberClips(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\bclip\d+\b/g, (id) => {
    if (!ids.has(id)) ids.set(id, `clip${ids.size + 1}`);
    return ids.get(id)!;
  });
}
