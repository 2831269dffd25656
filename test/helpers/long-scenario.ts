import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ACTOR_IDS, FORCE_NAMES, INPUT_TYPE_NAMES, defaultParams, type Effects } from '../../machines/index.js';
import { formatDay, parseDay } from '../../src/engine/dates.js';
import type { RunInputs, ScenarioEvent } from '../../src/engine/types.js';

/**
 * A long synthetic scenario: `count` seeded inputs spread over years from 2023-01-01,
 * a few a day, with small random effects, each as a scenario file may hold it. For
 * benches and long-log tests, not analysis.
 */
export function longScenario(count: number, seed = 1): RunInputs {
  const rng = xoroshiro128plus(seed);
  const pick = <T>(xs: readonly T[]): T => xs[uniformInt(rng, 0, xs.length - 1)]!;
  let day = parseDay('2023-01-01')!;
  const events: ScenarioEvent[] = [];
  for (let i = 0; i < count; i++) {
    if (uniformInt(rng, 0, 2) === 0) day += 1;
    const effects: Record<string, number> = {};
    for (let k = uniformInt(rng, 0, 2); k > 0; k--) effects[pick(FORCE_NAMES)] = uniformInt(rng, -10, 10) / 100;
    const type = pick(INPUT_TYPE_NAMES);
    const channel = type === 'call.held' || type === 'trip.began' || type === 'meeting.held';
    events.push({
      id: `synthetic-${i + 1}`, date: formatDay(day), actor: pick(ACTOR_IDS), type,
      summary: `Synthetic input ${i + 1}`, effects: effects as Effects, sources: [],
      ...(channel ? { level: pick(['principals', 'staff'] as const), parties: [pick(ACTOR_IDS), pick(ACTOR_IDS)] } : {}),
      ...(type === 'remarks.made' ? { setting: pick(['public', 'closed'] as const) } : {}),
      // Only a wider permission can be aimed at: a scenario file without it does not load.
      ...(type === 'aim.widened' ? { scope: 'deep-strikes' as const } : {}),
    });
  }
  return { scenario: { id: `long-${count}`, title: `${count} synthetic inputs` }, params: defaultParams(), events, seed };
}
