import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/engine/simulate.js';
import { canonicalJson, formatLog, parseLog, planFork, verifyLog } from '../../src/log/index.js';
import { InputError } from '../../src/scenario/errors.js';
import type { RunInputs } from '../../src/engine/types.js';

const base = loadScenario('scenarios/baseline.yaml').inputs;
const inputs: RunInputs = {
  ...base,
  play: {
    roles: ['president', 'nsc'],
    choices: [
      { role: 'president', decision: 'presidentialReview', option: 'defer', reason: 'the case is not made yet' },
      { role: 'president', decision: 'finalReview', option: 'send-back' },
    ],
  },
};
const text = formatLog(simulate(inputs));
const lines = text.trimEnd().split('\n');
const FILE = 'runs/played.jsonl';
const read = (t: string) => parseLog(t, FILE);
const errorOf = (t: string): string => {
  try {
    read(t);
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  return '(read)';
};
const choiceLines = lines.flatMap((l, i) => (JSON.parse(l).type === 'player.chose' ? [i] : []));

describe('a played log', () => {
  it('keeps who played and every choice in its header, and each choice as an input line', () => {
    const header = JSON.parse(lines[0]!);
    expect(header.version).toBe(2);
    expect(header.inputs.play).toEqual(inputs.play);
    expect(choiceLines.map((i) => JSON.parse(lines[i]!).data.choice.option)).toEqual(['defer', 'send-back']);
  });

  it('reads back, and replays byte for byte on the engine and on XState\'s reference', () => {
    const log = read(text);
    expect(formatLog(log.run)).toBe(text);
    expect(verifyLog(log)).toMatchObject({ identical: true, divergence: null });
    expect(verifyLog(log, { reference: true })).toMatchObject({ identical: true, divergence: null });
  });

  it('an edited choice the machine does not have there is refused at its line', () => {
    const i = choiceLines[0]!;
    const e = JSON.parse(lines[i]!);
    e.data.choice.option = 'send-back';
    const edited = [...lines.slice(0, i), JSON.stringify(e), ...lines.slice(i + 1)].join('\n');
    expect(errorOf(`${edited}\n`)).toBe(`${FILE}:${i + 1}: event ${e.seq}: "send-back" is not an option at presidentialReview; it has approve, refuse, defer; this log cannot be true here (read what can be read with --lenient)`);
  });

  it('an edited choice the machine does have there reads, and verify finds where the history parts', () => {
    const i = choiceLines[0]!;
    const e = JSON.parse(lines[i]!);
    e.data.choice.option = 'refuse';
    const edited = `${[...lines.slice(0, i), JSON.stringify(e), ...lines.slice(i + 1)].join('\n')}\n`;
    const v = verifyLog(read(edited));
    expect(v.identical).toBe(false);
    expect(v.divergence).toMatchObject({ seq: e.seq, fields: ['data.choice.option'] });
  });

  it('a header whose choices name an option no decision has is refused at line 1', () => {
    const header = JSON.parse(lines[0]!);
    header.inputs.play.choices[1].option = 'defer';
    expect(errorOf(`${[JSON.stringify(header), ...lines.slice(1)].join('\n')}\n`))
      .toBe(`${FILE}:1: header: inputs.play.choices.1: "defer" is not an option at finalReview; it has approve, refuse, send-back, wait`);
  });

  it('forks where the played run is still the model\'s own (the model takes the rest), and refuses a fork point past it', () => {
    const log = read(text);
    const own = simulate(base).events;
    const parts = log.run.events.findIndex((e, i) => canonicalJson(e) !== canonicalJson(own[i]));
    expect(parts).toBeGreaterThan(0);
    const plan = planFork(log, parts, []);
    expect(plan.inputs).not.toHaveProperty('play');
    expect(() => planFork(log, parts + 1, [])).toThrow(`the played run parts from the model's own at event ${parts + 1}`);
  });
});
