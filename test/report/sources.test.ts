import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SOURCES, SOURCE_KEYS } from '../../machines/index.js';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { BASELINE } from '../helpers/scenario.js';

// A file name outside the repository (000_….txt, TIMELINE.md, shared/sources) is nothing a reader can find.
const OUTSIDE = /\b[0-9a-f_]{6,}\.txt\b|TIMELINE\.md|shared\/sources/;

describe('sources cite what a reader can find (issue 16)', () => {
  it('every source has an outlet, a headline and a date, and names no file outside the repository', () => {
    for (const key of SOURCE_KEYS) {
      const s: Record<string, unknown> = { ...SOURCES[key] };
      expect(s.outlet, key).toMatch(/\S/);
      expect(s.headline, key).toMatch(/\S/);
      expect(s.date, key).toMatch(/^\d{4}/);
      expect(Object.keys(s).filter((k) => !['outlet', 'headline', 'date', 'url'].includes(k)), key).toEqual([]);
      if (s.url !== undefined) expect(s.url, key).toMatch(/^https:\/\//);
      expect(JSON.stringify(s), key).not.toMatch(OUTSIDE);
    }
  });

  it("the README's sources table is the sources list, row for row", () => {
    const readme = readFileSync('README.md', 'utf8');
    const rows = readme.slice(readme.indexOf('## Sources')).split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toEqual(SOURCE_KEYS.map((k) => `| \`${k}\` | ${SOURCES[k].outlet} | ${SOURCES[k].headline} | ${SOURCES[k].date} |`));
  });

  it("the HTML report's sources table gives outlet, date and headline, and no file name", async () => {
    const io = bufferIO();
    expect(await main(['report', BASELINE], io)).toBe(0);
    const html = io.stdout();
    const table = html.slice(html.indexOf('<table class="sources">'));
    expect(table).toContain('<th>key</th><th>outlet</th><th>date</th><th>headline</th></tr>');
    expect(table).toContain(`<td>${SOURCES['ap-2024-05-31'].outlet}</td><td>2024-05-31</td>`);
    expect(html).not.toMatch(OUTSIDE);
  });
});
