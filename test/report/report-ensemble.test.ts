import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliAsync } from '../helpers/cli.js';
import { useFixtureEnsemble } from '../helpers/ensemble.js';

const fx = useFixtureEnsemble();

describe('redline report over an ensemble', () => {
  it('adds the paired shares and a picture of the shifts, whose bars count the members that reach each milestone in both', async () => {
    const out = join(fx.dir, 'r.html');
    const r = await cliAsync('report', fx.scenario('no-aid-gap'), '-o', out, '--json');
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>Over the ensemble</h2>');
    const diff = JSON.parse((await cliAsync('diff', fx.scenario('baseline'), fx.scenario('no-aid-gap'), '--json')).out).ensemble;
    const bars = [...html.matchAll(/aria-label="final-approval · ([+−-]?\d+) days · (\d+) members"/g)];
    expect(bars.length).toBeGreaterThan(0);
    const m = diff.milestones['final-approval'];
    // Members reaching it in both: all but those where b never does, less those where only b does (counted earlier).
    const drawn = bars.reduce((n, b) => n + Number(b[2]), 0);
    expect(drawn).toBeLessThanOrEqual(diff.members - m.never);
    expect(drawn).toBeGreaterThanOrEqual(diff.members - m.never - m.earlier);
  }, 60_000);

  it('--single draws the page of one run each, without the ensemble', async () => {
    const out = join(fx.dir, 's.html');
    expect((await cliAsync('report', fx.scenario('no-aid-gap'), '-o', out, '--single')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('Over the ensemble');
  }, 60_000);
});

