import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { ACTOR_IDS, type ActorId, type MachineId } from '../../machines/index.js';
import { foldRun, holdingStepper, milestoneDates, simulate } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { shippedScenarios } from '../helpers/shipped-scenarios.js';

// The president decides on the decision machine's desk; every other actor has a machine of its own.
const machineOf = (actor: ActorId): MachineId => (actor === 'president' ? 'decision' : actor);

const LIBRARY = shippedScenarios().map((file) => ({ id: basename(file, '.yaml'), inputs: loadScenario(file).inputs }));
const milestones = (inputs: (typeof LIBRARY)[number]['inputs'], held: readonly MachineId[] = []) =>
  JSON.stringify(milestoneDates(foldRun(simulate(inputs, held.length ? holdingStepper(held) : undefined))));
const AS_MODELLED = new Map(LIBRARY.map((s) => [s.id, milestones(s.inputs)]));

/** The library's scenarios whose milestones move when the actor's machine is held in its first state. */
const changedWithout = (actor: ActorId): string[] =>
  LIBRARY.filter((s) => milestones(s.inputs, [machineOf(actor)]) !== AS_MODELLED.get(s.id)).map((s) => s.id);

describe('every actor acts: held in its first state, each changes some scenario\'s milestones', () => {
  const changed = Object.fromEntries(ACTOR_IDS.map((a) => [a, changedWithout(a)])) as Record<ActorId, string[]>;

  it.each(ACTOR_IDS)('%s', (actor) => {
    expect(changed[actor], `${actor}'s machine changes no scenario's milestones: it only watches`).not.toEqual([]);
  });

  it('the ablation reads as the model says: no Kyiv, no request; no press, no leak; Russia\'s warnings and the aid\'s timing count', () => {
    expect(changed.kyiv).toEqual(LIBRARY.filter((s) => JSON.parse(AS_MODELLED.get(s.id)!)['formal-request']).map((s) => s.id));
    expect(changed.press).toContain('early-leak');
    expect(changed.allies).toContain('baseline');
    expect(changed.state).toContain('baseline');
    expect(changed.russia).toContain('kremlin-warns-washington');
    expect(changed.congress).toContain('congress-early');
  });

  it('a held machine hears nothing: the baseline without Kyiv has no request and no decision', () => {
    const base = LIBRARY.find((s) => s.id === 'baseline')!;
    const run = simulate(base.inputs, holdingStepper(['kyiv']));
    expect(run.events.some((e) => e.actor === 'kyiv' && e.kind === 'decision')).toBe(false);
    expect(Object.values(milestoneDates(foldRun(run))).slice(0, 7)).toEqual([null, null, null, null, null, null, null]);
  });
});
