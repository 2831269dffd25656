import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load.js';
import { InputError } from '../../src/scenario/errors.js';
import { MAX_FILE_BYTES } from '../../src/scenario/yaml-file.js';
import { scenarioText, tempScenario } from '../helpers/scenario.js';

function problemsOf(text: string): string[] {
  const file = tempScenario(text);
  try {
    loadScenario(file);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems.map((p) => `${p.line ?? '-'}:${p.col ?? '-'} ${p.message}`);
  }
  throw new Error('expected the scenario to be rejected');
}

describe('loading a scenario', () => {
  it('loads a minimal valid file with defaults for effects and seed', () => {
    const s = loadScenario(tempScenario(scenarioText()));
    expect(s.id).toBe('tiny');
    expect(s.inputs.seed).toBe(0);
    // No `effects:` written: the defaults for its type and actor apply (machines/effects.ts).
    expect(s.inputs.events[0]).not.toHaveProperty('effects');
  });

  it('loads CRLF line ends and a byte-order mark', () => {
    const s = loadScenario(tempScenario(`\uFEFF${scenarioText().replace(/\n/g, '\r\n')}`));
    expect(s.inputs.events).toHaveLength(1);
  });

  it('reports invalid YAML with its line', () => {
    const [p] = problemsOf('id: x\ntitle: [unclosed\n');
    expect(p).toMatch(/^\d+:\d+ invalid YAML/);
  });

  it('reports every problem, each at its own line, not just the first', () => {
    const text = scenarioText([
      '  - id: a', '    date: 2024-02-30', '    actor: nsc', '    type: call.held', '    summary: x', '    sources: [ap-2024-05-31]',
      '  - id: b', '    date: 2024-05-01', '    actor: kremlin', '    type: call.held', '    summary: x',
      '  - id: c', '    date: 2024-05-01', '    actor: nsc', '    type: call.hold', '    summary: x', '    efects: {}',
    ].join('\n') + '\n');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^6:11 "2024-02-30" is not a calendar date/);
    expect(problems[1]).toMatch(/^13:12 .*expected one of kyiv, president.*found "kremlin"/);
    expect(problems[2]).toMatch(/^19:11 .*found "call.hold".*did you mean "call.held"/);
    expect(problems[3]).toMatch(/^21:5 unknown field "efects".*did you mean "effects"/);
  });

  it('rejects a date that does not exist, after the schema passes', () => {
    const [p] = problemsOf(scenarioText('  - id: a\n    date: 2024-02-30\n    actor: nsc\n    type: call.held\n    summary: x\n'));
    expect(p).toMatch(/^6:11 "2024-02-30" is not a calendar date/);
  });

  it('rejects unknown source keys with the nearest known key', () => {
    const [p] = problemsOf(scenarioText('  - id: a\n    date: 2024-05-01\n    actor: nsc\n    type: call.held\n    summary: x\n    sources: [politico-2024-5-31]\n'));
    expect(p).toMatch(/unknown source key "politico-2024-5-31" \(did you mean "politico-2024-05-31"\?\)/);
  });

  it('rejects duplicate event ids', () => {
    const e = '  - id: a\n    date: 2024-05-01\n    actor: nsc\n    type: call.held\n    summary: x\n';
    const [p] = problemsOf(scenarioText(e + e));
    expect(p).toMatch(/event id "a" is used twice/);
  });

  it('rejects an effect on a force the ledger does not have', () => {
    const [p] = problemsOf(scenarioText('  - id: a\n    date: 2024-05-01\n    actor: nsc\n    type: call.held\n    summary: x\n    effects: { morale: 0.2 }\n'));
    expect(p).toMatch(/effects/);
  });

  it('names a missing field', () => {
    const problems = problemsOf('id: x\nsummary: y\n');
    expect(problems.some((p) => /title: missing; expected string/.test(p))).toBe(true);
  });

  it('refuses a missing file and a folder with a clear message', () => {
    expect(() => loadScenario('scenarios/nope.yaml')).toThrow(/scenarios\/nope.yaml: cannot read: no such file/);
    expect(() => loadScenario('scenarios')).toThrow(/is a folder/);
  });

  it('refuses an oversized file before parsing it', () => {
    const file = tempScenario('');
    writeFileSync(file, `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
    expect(() => loadScenario(file)).toThrow(/a scenario may be at most/);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const [p] = problemsOf(bomb.join('\n') + '\n');
    expect(p).toMatch(/invalid YAML|alias/i);
  });
});
