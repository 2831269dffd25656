import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultParams } from '../../machines/index.js';
import { simulate } from '../../src/engine/index.js';
import { logDoubts } from '../../src/log/check-claims.js';
import { logHeader } from '../../src/log/log-header.js';
import { loadScenario } from '../../src/scenario/load.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/logs.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';

describe('what a log claims, checked against the model', () => {
  it('finds nothing to doubt in a log of any shipped scenario, nor of runs with parameters pushed to the ends of their ranges', () => {
    let checked = 0;
    for (const file of shippedScenarios()) {
      const inputs = loadScenario(file).inputs;
      for (const scale of [1, 0.5, 1.5]) {
        const params = Object.fromEntries(Object.entries(inputs.params).map(([k, v]) => [k, typeof v === 'number' ? v * scale : v]));
        const run = simulate({ ...inputs, params: { ...defaultParams(), ...params } as typeof inputs.params });
        expect(logDoubts(logHeader(run), run.events), `${file} ×${scale}`).toEqual([]);
        checked += run.events.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('a log whose claims cannot be true is refused at its line (exit 2); --lenient reads what it can and lists every doubt', () => {
  const dir = tempDir();
  const log = join(dir, 'baseline.jsonl');
  const lines = async () => {
    if (!existsSync(log)) expect((await cli('run', 'scenarios/baseline.yaml', '--log', log)).code).toBe(0);
    return readFileSync(log, 'utf8').trimEnd().split('\n');
  };
  /** The baseline's log with its events changed by `forge`, as a person editing it by hand would. */
  const forged = async (name: string, forge: (events: Record<string, any>[]) => void) => {
    const [header, ...rest] = await lines();
    const events = rest.map((l) => JSON.parse(l) as Record<string, any>);
    forge(events);
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, `${[header, ...events.map((e) => JSON.stringify(e))].join('\n')}\n`);
    return file;
  };
  const firstOf = (events: Record<string, any>[], machine: string) => events.find((e) => e.kind === 'decision' && e.data.machine === machine)!;

  it.each([
    ['a date that runs backwards', (es: Record<string, any>[]) => { es[9]!.date = '2023-01-01'; }, 11,
      'event 10 is dated 2023-01-01, before event 9 (2024-04-15); a log\'s dates never run backwards'],
    ['an event type the model never records', (es: Record<string, any>[]) => { firstOf(es, 'kyiv').type = 'kyiv.requestd'; }, undefined,
      /^event \d+: "kyiv\.requestd" is not an event this model records \(did you mean "kyiv\.requested"\?\)$/],
    ['a decision recorded by the wrong machine', (es: Record<string, any>[]) => { firstOf(es, 'kyiv').data.machine = 'press'; }, undefined,
      /^event \d+: "kyiv\.[a-z-]+" is recorded by kyiv, not by press$/],
    ['a decision done by the wrong actor', (es: Record<string, any>[]) => { firstOf(es, 'kyiv').actor = 'russia'; }, undefined,
      /^event \d+: "kyiv\.[a-z-]+" is done by kyiv, not russia$/],
    ['a milestone before the one the machine must pass first', (es: Record<string, any>[]) => {
      const d = es.filter((e) => e.kind === 'decision' && e.data.machine === 'decision' && e.data.state.startsWith('path.'));
      const [a, b] = [d[0]!, d[3]!];
      for (const k of ['type', 'actor', 'data', 'sources']) [a[k], b[k]] = [b[k], a[k]];
    }, undefined, /^event \d+: decision cannot come to path\.recommendationDrafting from path\.approved\.inPrinciple, where the log last put it; the machine allows no such order$/],
  ] as const)('%s', async (name, forge, line, message) => {
    const file = await forged(name.replace(/\W+/g, '-'), forge);
    const strict = await cli('replay', file);
    expect(strict.code).toBe(2);
    expect(strict.out).toBe('');
    const m = /^(.+?):(\d+): (.+); this log cannot be true here \(read what can be read with --lenient\)$/.exec(strict.err.split('\n')[0]!);
    expect(m, strict.err).not.toBeNull();
    expect(m![1]).toBe(file);
    if (line) expect(Number(m![2])).toBe(line);
    expect(m![3]).toMatch(message);
    const lenient = await cli('replay', file, '--lenient');
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/^baseline: /);
    expect(lenient.err).toContain(`${file}:${m![2]}: doubt: ${m![3]}`);
    expect((await cli('state', file, '--at', '3')).code).toBe(2);
    expect((await cli('state', file, '--at', '3', '--lenient')).code).toBe(0);
  });

  it('--lenient lists every doubt, and reads up to a damaged line, saying so', async () => {
    const file = await forged('many', (es) => {
      es[4]!.date = '2023-01-01';
      es[9]!.date = '2023-01-02';
    });
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"seq":999}\n{"seq":1000}\n`);
    const r = await cli('replay', file, '--lenient');
    expect(r.code).toBe(0);
    const doubts = r.err.split('\n').filter((l) => l.includes(': doubt: '));
    expect(doubts.map((l) => Number(/:(\d+): doubt/.exec(l)![1]))).toEqual([6, 11, (await lines()).length + 1]);
    expect(doubts[2]).toMatch(/: doubt: not a log event: .*; read no further$/);
  });
});
