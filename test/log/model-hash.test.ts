import { describe, expect, it } from 'vitest';
import { and, emit, not, stateIn } from 'xstate';
import { canonicalJson, hashModel, modelDefinition, modelHash } from '../../src/log/index.js';

type Def = Record<string, any>;
const def = modelDefinition() as Def;
const base = hashModel(def);

/** The definition with one machine's config replaced. */
const withMachine = (id: string, config: (c: Def) => Def): Def => ({
  ...def, machines: { ...def.machines, [id]: { ...def.machines[id], config: config(def.machines[id].config) } },
});

describe('the model hash', () => {
  it('is the hash of the model definition, stable from call to call', () => {
    expect(modelHash()).toBe(base);
    expect(hashModel(modelDefinition())).toBe(base);
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes when a parameter default, a guard, a force, an input type or a milestone changes', () => {
    const variants: Def[] = [
      { ...def, parameters: { ...def.parameters, kyivRequestThreat: def.parameters.kyivRequestThreat + 0.01 } },
      { ...def, guards: { ...def.guards, kyivPresses: { ...def.guards.kyivPresses, op: '<' } } },
      { ...def, forces: { ...def.forces, ukraineStocks: { ...def.forces.ukraineStocks, side: 'for' } } },
      { ...def, inputTypes: { ...def.inputTypes, 'call.held': { ...def.inputTypes['call.held'], channel: 'meeting' } } },
      { ...def, milestones: def.milestones.slice(1) },
    ];
    const hashes = variants.map(hashModel);
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('changes when a machine moves a transition, a guard, a delay or what it records', () => {
    // Kyiv's border request lives in its `border` region.
    const inBorder = (c: Def, f: (b: Def) => Def) => ({ ...c, states: { ...c.states, border: f(c.states.border) } });
    const kyiv = (c: Def, holding: Def) => inBorder(c, (b) => ({ ...b, states: { ...b.states, holding: { ...b.states.holding, ...holding } } }));
    const decision = def.machines.decision.config;
    const drafting = decision.states.path.states.recommendationDrafting;
    const variants: Def[] = [
      withMachine('kyiv', (c) => kyiv(c, { always: { ...c.states.border.states.holding.always, target: 'eased' } })),
      withMachine('kyiv', (c) => kyiv(c, { always: { ...c.states.border.states.holding.always, guard: 'principalsOnChannel' } })),
      withMachine('kyiv', (c) => inBorder(c, (b) => ({ ...b, states: { ...b.states, pressing: { ...b.states.pressing, always: { ...b.states.pressing.always, guard: and(['kyivPresses']) } } } }))),
      withMachine('kyiv', (c) => inBorder(c, (b) => ({ ...b, states: { ...b.states, awaitingAnswer: { ...b.states.awaitingAnswer, entry: [b.states.awaitingAnswer.entry[0], emit({ type: 'DECISION_DEFERRED', scope: 'kharkiv-border' })] } } }))),
      withMachine('decision', (c) => ({
        ...c, states: { ...c.states, path: { ...c.states.path, states: { ...c.states.path.states, recommendationDrafting: { ...drafting, after: { dueDiligence: 'presidentialReview' } } } } },
      })),
      withMachine('decision', (c) => ({
        ...c, states: { ...c.states, path: { ...c.states.path, states: { ...c.states.path.states, recommendationDrafting: { ...drafting, entry: { ...drafting.entry, params: { ...drafting.entry.params, event: 'advisors.agreed-2' } } } } } },
      })),
    ];
    for (const v of variants) expect(hashModel(v)).not.toBe(base);
  });

  it('tells guard combinators and their operands apart', () => {
    const hashes = [not('a'), not('b'), and(['a']), stateIn('#a'), stateIn('#b')].map((g) => hashModel({ guard: g }));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined, so equal data gives equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"z":1}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});
