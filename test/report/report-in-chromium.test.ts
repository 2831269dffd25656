import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { MILESTONE_IDS } from '../../machines/index.js';
import { HAS_CHROMIUM, openInChromium } from '../helpers/chromium.js';

if (!HAS_CHROMIUM) console.warn('report-in-chromium: skipped, chromium is not installed (apt-get install -y chromium; CI installs it)');

// Each test starts a browser (a second or two), hence the generous limit; nothing here is timed.
describe.skipIf(!HAS_CHROMIUM)('the report in headless Chromium', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-report-'));

  it('renders the whole page with no console message and no request', async () => {
    const file = join(dir, 'report.html');
    const io = bufferIO();
    expect(await main(['report', 'scenarios/more-cautious-president.yaml', '-o', file], io), io.stderr()).toBe(0);
    const { dom, console } = openInChromium(file);
    expect(console).toEqual([]);
    // The policy that blocks (and logs) every request comes before anything that could make one.
    expect(dom).toMatch(/<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    expect(dom).toContain('<h1>A more cautious president</h1>');
    expect(dom).toContain('<td>approved-in-principle</td><td>2024-05-15</td><td>2024-05-17</td><td class="moved-later">+2 days</td>');
    for (const id of MILESTONE_IDS) expect(dom).toContain(`<section class="milestone" id="${id}">`);
    expect(dom).toContain('Final presidential approval: 2024-05-26, 2 days later than in baseline (2024-05-24).');
    expect(dom).toMatch(/<figure><svg [^>]*class="marks"/);
    // The chart's legend names both runs whole (it once read "more-cautious-presi…").
    expect(dom).toMatch(/>more-cautious-president<\/text>/);
    expect(dom).not.toMatch(/…<\/text>/);
    expect(dom).toContain('<td><code>politico-2024-05-31</code></td><td>Politico</td>');
  });

  // The checks above must be able to fail: the same harness catches a request and a script error.
  it('would catch a request for a file elsewhere, and a script that throws', () => {
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    const withImage = join(dir, 'image.html');
    writeFileSync(withImage, page.replace('</body>', '<img src="https://example.org/x.png"></body>'));
    expect(openInChromium(withImage).console.join('\n')).toMatch(/Loading the image 'https:\/\/example\.org\/x\.png' violates/);

    const throwing = join(dir, 'throwing.html');
    writeFileSync(throwing, '<!doctype html><title>t</title><script>throw new Error("boom")</script>');
    expect(openInChromium(throwing).console.join('\n')).toContain('Uncaught Error: boom');
  });
});
