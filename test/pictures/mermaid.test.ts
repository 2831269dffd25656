import { describe, expect, it } from 'vitest';
import { MACHINES, MACHINE_IDS } from '../../machines/index.js';
import { statechartOf, toMermaid } from '../../src/pictures/index.js';
import { writtenMachine } from '../helpers/machine-config.js';

const word = (id: string) => id.replace(/\./g, '_');
const mermaidOf = (id: keyof typeof MACHINES) => toMermaid([statechartOf(id)]);
/** The lines of a transition from `source` to `target`, with its label. */
const arrows = (text: string) => [...text.matchAll(/^\s*(\S+) --> (\S+)(?: : (.*))?$/gm)].map(([, from, to, label]) => ({ from, to, label: label ?? '' }));

describe.each(MACHINE_IDS)('the Mermaid statechart of %s', (id) => {
  const written = writtenMachine(MACHINES[id]);
  const text = mermaidOf(id);

  it('declares every state of the definition, and no other', () => {
    const declared = [...text.matchAll(/^\s*state "([^"]+)" as (\S+)/gm)].map(([, key, name]) => `${key}=${name}`);
    expect(declared.sort()).toEqual(written.states.map((s) => `${s.key}=${word(s.id)}`).sort());
  });

  it('draws every transition of the definition with its event, delay or "always", and its guard', () => {
    const drawn = arrows(text).filter((a) => a.from !== '[*]' && a.to !== '[*]');
    const withTarget = written.transitions.filter((t) => t.target !== null);
    expect(drawn).toHaveLength(withTarget.length);
    const initials = new Map(written.states.filter((s) => s.initial).map((s) => [s.id, s.initial!]));
    for (const t of withTarget) {
      // Mermaid cannot draw an arrow into a composite state inside parallel regions; it goes to the state entered first.
      const entered = [t.target!];
      while (initials.has(entered.at(-1)!)) entered.push(initials.get(entered.at(-1)!)!);
      const match = drawn.filter((a) => a.from === word(t.source) && entered.map(word).includes(a.to!) && a.label.startsWith(t.on));
      expect(match, `${t.source} -> ${t.target} on ${t.on}`).toHaveLength(1);
      if (t.guard) expect(match[0]!.label).toContain(`[${t.guard}]`);
    }
  });

  it('notes the transitions that change no state', () => {
    for (const t of written.transitions.filter((w) => w.target === null)) {
      expect(text).toMatch(new RegExp(`%% ${t.source.split('.').at(-1)}: ${t.on}\\b`));
    }
  });

  it('marks initial and final states and separates parallel regions', () => {
    for (const s of written.states) {
      if (s.initial) expect(text).toContain(`[*] --> ${word(s.initial)}`);
      if (s.type === 'final') expect(text).toContain(`${word(s.id)} --> [*]`);
    }
    const regions = written.states.reduce((n, s) => n + Math.max(0, s.regions - 1), 0);
    expect(text.match(/^\s*--$/gm) ?? []).toHaveLength(regions);
  });
});

describe('Mermaid text of the machines', () => {
  it('writes composed guards by their parts, and a decision\'s moves with the choice they take (a played role\'s)', () => {
    const decision = mermaidOf('decision');
    expect(decision).toContain('decision_publicity_secret --> decision_publicity_signalled : REMARKS_MADE [letterSent and administrationSpeaksInPublic]');
    expect(decision).toContain('decision_path_presidentialReview --> decision_path_deferred : always [otherwise] / takeChoice');
    expect(mermaidOf('kyiv')).toContain('kyiv_border_pressing --> kyiv_border_eased : always [kyivEases] / takeChoice');
  });

  it('labels delayed transitions with the name of their delay', () => {
    expect(mermaidOf('congress')).toContain('congress_deliveriesUnderway --> congress_aidAtFront : after aidToFront');
  });

  it('has the decision and russia as the two parallel machines, with their regions', () => {
    const blocks = (text: string) => [...text.matchAll(/^ {4}state "(\w+)" as \w+ \{$/gm)].map((m) => m[1]);
    expect(blocks(mermaidOf('decision'))).toEqual(['path', 'publicity']);
    expect(blocks(mermaidOf('russia'))).toEqual(['front', 'rhetoric']);
  });

  it('puts every machine in one diagram, each as a composite state', () => {
    const all = toMermaid(MACHINE_IDS.map((id) => statechartOf(id)));
    expect(all.match(/^stateDiagram-v2$/gm)).toHaveLength(1);
    expect([...all.matchAll(/^ {2}state "(\w+)" as (\w+) \{$/gm)].map((m) => m[1])).toEqual(MACHINE_IDS);
  });

  it('keeps labels free of what ends a Mermaid label (colon, semicolon)', () => {
    const all = toMermaid(MACHINE_IDS.map((id) => statechartOf(id)));
    for (const a of arrows(all)) expect(a.label).not.toMatch(/[:;]/);
  });
});
