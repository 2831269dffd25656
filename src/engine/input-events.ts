import { INPUT_TYPES, PRIMARY_SCOPE, type Effects, type ModelEvent } from '../../machines/index.js';
import type { LogEvent, ScenarioEvent } from './types.js';

/** The log event an input writes, with the effects it had (`inputEffects`). */
export function inputLogEvent(e: ScenarioEvent, effects: Effects): Omit<LogEvent, 'seq' | 'date'> {
  return {
    kind: 'input', type: e.type, actor: e.actor, sources: e.sources, cause: null,
    data: {
      id: e.id, summary: e.summary, effects,
      ...(e.effects ? { override: true as const } : {}),
      ...(e.level ? { level: e.level } : {}),
      ...(e.parties ? { parties: e.parties } : {}),
      ...(e.setting ? { setting: e.setting } : {}),
    },
  };
}

/** The machine event an input becomes. */
export function toModelEvent(e: ScenarioEvent): ModelEvent {
  const spec = INPUT_TYPES[e.type];
  if (spec.event === 'CHANNEL_OPENED') {
    return {
      type: 'CHANNEL_OPENED', by: e.actor, kind: 'channel' in spec ? spec.channel : 'meeting',
      level: e.level ?? 'staff', parties: e.parties ?? [e.actor],
    };
  }
  if (spec.event === 'REMARKS_MADE') return { type: 'REMARKS_MADE', by: e.actor, setting: e.setting ?? 'public' };
  if (spec.event === 'AIM_WIDENED') return { type: 'AIM_WIDENED', by: e.actor, scope: e.scope ?? PRIMARY_SCOPE };
  return { type: spec.event, by: e.actor } as ModelEvent;
}
