import { describe, expect, it } from 'vitest';
import { foldRun, milestoneDates, simulate, type RunInputs, type ScenarioEvent } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { runJson, runTable } from '../../src/cli/run-report.js';
import { BASELINE, scenarioText, tempScenario } from '../helpers/scenario.js';
import { InputError } from '../../src/scenario/errors.js';

const baseline = loadScenario(BASELINE).inputs;

function withEvents(inputs: RunInputs, ...events: ScenarioEvent[]): RunInputs {
  return { ...inputs, events: [...events, ...inputs.events] }; // first in file order: same-day inputs keep it
}

const aimWidened: ScenarioEvent = {
  id: 'kyiv-wants-atacms-deep', date: '2024-06-01', actor: 'kyiv', type: 'aim.widened', scope: 'deep-strikes',
  summary: 'Kyiv wants to use ATACMS against targets deep inside Russia', effects: {}, sources: [],
};

describe('a further request: deep strikes', () => {
  const run = simulate(withEvents(baseline, aimWidened));
  const state = foldRun(run);

  it('Kyiv asks on the next channel with principals (Shangri-La, 06-01) and the advisors recommend', () => {
    const deep = milestoneDates(state, 'deep-strikes');
    expect(deep['formal-request']).toBe('2024-06-01');
    expect(deep['advisors-recommend']).toBe('2024-06-01');
  });

  it('the president does not approve: deep strikes carry the extra restraint the reports describe', () => {
    const deep = milestoneDates(state, 'deep-strikes');
    expect(deep['approved-in-principle']).toBeNull();
    expect(deep['final-approval']).toBeNull();
    // A plain no, not a deferral: the case falls short of the restraint by more than the refusal margin.
    expect(state.machines['decision:deep-strikes'].path).toBe('path.refused');
    const refused = run.events.find((e) => e.type === 'president.refused' && e.kind === 'decision' && e.data.scope === 'deep-strikes')!;
    expect(refused.kind === 'decision' && refused.data.guard).toMatchObject({ guard: 'presidentRefuses', holds: true });
  });

  it('leaves the Kharkiv decision and its nine milestones as they were', () => {
    expect(milestoneDates(state)).toEqual(milestoneDates(foldRun(simulate(baseline))));
    expect(runJson(run).milestones).toEqual(runJson(simulate(baseline)).milestones);
  });

  it('lists the further request in the run table and in --json', () => {
    expect(runTable(run)).toMatch(/further request: deep-strikes[\s\S]*formal-request\s+2024-06-01/);
    expect(runJson(run).scopes['deep-strikes']!.milestones['formal-request']).toBe('2024-06-01');
  });

  it('without the extra restraint the same case would carry deep strikes too: the premium decides', () => {
    const cheap = simulate(withEvents({ ...baseline, params: { ...baseline.params, deepStrikeRestraintPremium: 0 } }, aimWidened));
    expect(milestoneDates(foldRun(cheap), 'deep-strikes')['approved-in-principle']).toBe('2024-06-03');
  });

  it('a scenario that widens the aim must say to what', () => {
    const file = tempScenario(scenarioText('  - id: a\n    date: 2024-06-01\n    actor: kyiv\n    type: aim.widened\n    summary: x\n'));
    expect(() => loadScenario(file)).toThrow(InputError);
    expect(() => loadScenario(file)).toThrow(/aim.widened needs the wider permission Kyiv now wants: add scope: deep-strikes/);
  });
});
