import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIO } from '../../src/cli/io.js';
import { citedSources } from '../../src/report/cited-sources.js';
import { BASELINE_TEXT, scenarioText, tempFolder, tempScenario } from '../helpers/scenario.js';

const cli = async (...args: string[]) => {
  const io = bufferIO();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('redline report', () => {
  it('escapes every piece of text taken from the scenario file', async () => {
    const { path } = tempFolder({
      'baseline.yaml': BASELINE_TEXT,
      'hostile.yaml': [
        'id: hostile',
        "title: '<script>alert(\"t\")</script> & Co'",
        "summary: 'Ends the style </style><b>bold</b>'",
        'extends: baseline',
        'changes:',
        '  - add:',
        '      id: odd-call',
        '      date: 2024-05-12',
        '      actor: nsc',
        '      type: call.held',
        "      summary: 'A call <img src=x onerror=alert(1)>'",
        '      level: principals',
        '      parties: [nsc, kyiv]',
        '',
      ].join('\n'),
    });
    const { code, out } = await cli('report', path('hostile.yaml'));
    expect(code).toBe(0);
    expect(out).toContain('<h1>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; Co</h1>');
    expect(out).toContain('<p class="summary">Ends the style &lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;</p>');
    expect(out).toContain('added <code>odd-call</code> (2024-05-12): A call &lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toMatch(/<script|<img|<b>|<\/style><b/);
  });

  it('a scenario that extends none says so, and still explains and draws each milestone', async () => {
    const { code, out } = await cli('report', tempScenario(scenarioText()));
    expect(code).toBe(0);
    expect(out).toContain('<p>This scenario extends no other, so there is nothing to compare it with.</p>');
    expect(out).toContain('<section class="milestone" id="in-effect">');
    expect(out).toMatch(/<figure><svg [^>]*class="marks"[\s\S]*<\/svg><\/figure>/);
  });

  it('-o writes the page, refuses to replace a file without --force and keeps the user\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-report-'));
    const file = join(dir, 'report.html');
    const tiny = tempScenario(scenarioText());
    expect(await cli('report', tiny, '-o', file)).toMatchObject({ code: 0, out: `wrote ${file}: report on tiny` });
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);

    writeFileSync(file, 'my notes');
    expect(await cli('report', tiny, '-o', file)).toMatchObject({ code: 2, err: `${file}: already exists; pass --force to overwrite it, or choose another path` });
    expect(readFileSync(file, 'utf8')).toBe('my notes');
    expect((await cli('report', tiny, '-o', file, '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<h1>Tiny</h1>');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('bad input exits 2 with the reason', async () => {
    expect(await cli('report', 'missing.yaml')).toMatchObject({ code: 2, err: 'missing.yaml: cannot read: no such file' });
    expect((await cli('report')).err).toMatch(/report takes one scenario file, e\.g\. redline report scenarios\/congress-early\.yaml -o report\.html/);
    expect((await cli('report', 'scenarios/baseline.yaml', '--force')).err).toMatch(/--force only applies with -o FILE/);
  });
});

describe('the sources a page cites', () => {
  it('finds whole keys only, in the order of the sources list', () => {
    expect(citedSources('[wapo-2024-05-30, politico-2024-05-31] and public-record').map((s) => s.key))
      .toEqual(['politico-2024-05-31', 'wapo-2024-05-30', 'public-record']);
    expect(citedSources('politico-2024-05-310 and xpublic-record')).toEqual([]);
  });
});
