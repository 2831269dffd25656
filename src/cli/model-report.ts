import {
  ACTORS, ACTOR_IDS, EFFECT_PARAMETERS, EFFECT_RULES, GUARDS, MILESTONES, PARAMETERS, PARAMETER_NAMES, PRIORS, WINDOWS,
  type ActorId, type Effects, type EffectRule, type Force, type GuardName, type MachineId, type MilestoneId,
  type ParameterName, type ParameterUnit, type Push, type Pushes, type RecordParams,
} from '../../machines/index.js';
import { effectOverrides, modelGraph, type GraphTransition, type GuardTree, type RunInputs } from '../engine/index.js';
import { formatTable } from './table.js';

/** What one actor's machine does to the decision, read from the machine definitions. */
export interface ActorInventory {
  readonly id: ActorId;
  readonly label: string;
  readonly machine: MachineId;
  /**
   * The forces its own states move: the state's log event, each force's parameter (`effects`),
   * and the same signed (`pushes`: "+param" up, "−param" down).
   */
  readonly moves: readonly {
    readonly event: string;
    readonly effects: Readonly<Partial<Record<Force, ParameterName>>>;
    readonly pushes: Readonly<Partial<Record<Force, string>>>;
  }[];
  /** The ledger guards its transitions read (machines/guards.ts): where it gates. */
  readonly gates: readonly GuardName[];
  /** The model events its states answer (ledger updates aside): channels, requests, decisions of others. */
  readonly answers: readonly string[];
  /** The events its states send on to the other machines: a request, a decision, the news. */
  readonly sends: readonly string[];
  /** The input defaults that apply to inputs of this actor alone (machines/effects.ts). */
  readonly inputs: readonly InputDefault[];
}

export interface InputDefault {
  readonly type: string;
  /** Null: any actor's input of this type (unless an actor's own rule takes its place). */
  readonly actors: readonly ActorId[] | null;
  readonly effects: Readonly<Partial<Record<Force, string>>>;
  readonly why: string;
}

/** The `--json` shape of `model`. */
export interface ModelJson {
  readonly scenario: string;
  readonly actors: readonly ActorInventory[];
  readonly inputDefaults: readonly InputDefault[];
  readonly parameters: {
    readonly count: number;
    /** How many `redline calibrate` draws from a prior (the rest are fixed: read from the record). */
    readonly drawn: number;
    readonly byKind: Readonly<Record<ParameterUnit, readonly ParameterName[]>>;
    /** The default effect sizes of inputs among them. */
    readonly inputEffects: readonly ParameterName[];
    /** How each was chosen: the word its `chosen` begins with (read, judged, calibrated). */
    readonly chosen: Readonly<Record<string, number>>;
  };
  readonly overrides: readonly { readonly id: string; readonly effects: Effects }[];
  readonly approximateDates: readonly string[];
  readonly windows: Readonly<Record<MilestoneId, { readonly from: string; readonly to: string; readonly sources: readonly string[] }>>;
  /** In short: how many free numbers meet how many constraints. */
  readonly balance: {
    readonly parameters: number;
    readonly overrideNumbers: number;
    readonly approximateDates: number;
    readonly freeNumbers: number;
    readonly constraints: number;
  };
}

const machineOf = (actor: ActorId): MachineId => (actor === 'president' ? 'decision' : actor);
const isGuardName = (name: string): name is GuardName => Object.hasOwn(GUARDS, name);
const sign = (n: number) => (n < 0 ? '−' : '+');

function guardNames(tree: GuardTree | undefined, out: Set<GuardName>): void {
  if (!tree) return;
  if (tree.kind === 'named') {
    if (isGuardName(tree.name)) out.add(tree.name);
    guardNames(tree.impl, out);
  } else if (tree.kind === 'and' || tree.kind === 'or') for (const g of tree.guards) guardNames(g, out);
  else if (tree.kind === 'not') guardNames(tree.guard, out);
}

const signed = (pushes: Pushes) => Object.fromEntries((Object.entries(pushes) as [Force, Push][]).map(([f, push]) => [f, `${sign(push.sign)}${push.param}`]));
const paramsOf = (pushes: Pushes) => Object.fromEntries((Object.entries(pushes) as [Force, Push][]).map(([f, push]) => [f, push.param]));

const inputDefault = (r: EffectRule): InputDefault => ({ type: r.type, actors: r.actors ?? null, why: r.why, effects: signed(r.effects) });

function actorInventory(id: ActorId): ActorInventory {
  const machine = machineOf(id);
  const graph = modelGraph().machines[machine];
  const moves: ActorInventory['moves'][number][] = [];
  const gates = new Set<GuardName>();
  const answers = new Set<string>();
  const transitions: GraphTransition[] = [];
  for (const node of graph.nodes) {
    for (const a of node.entry) {
      if (a.kind !== 'custom' || a.type !== 'record') continue;
      const r = a.params as RecordParams;
      if (r.effects) moves.push({ event: r.event, effects: paramsOf(r.effects), pushes: signed(r.effects) });
      if (r.guard) gates.add(r.guard);
    }
    for (const [type, list] of node.on) {
      if (type !== 'LEDGER_UPDATED' && !type.startsWith('xstate.')) answers.add(type);
      transitions.push(...list);
    }
    transitions.push(...(node.always ?? []));
  }
  for (const t of transitions) guardNames(t.guard, gates);
  const sends = [...modelGraph().emitters].filter(([, nodes]) => nodes.some((n) => graph.nodes.includes(n))).map(([type]) => type);
  return {
    id, label: ACTORS[id], machine, moves, gates: [...gates], answers: [...answers], sends,
    inputs: EFFECT_RULES.filter((r) => r.actors?.includes(id)).map(inputDefault),
  };
}

/** The model's inventory, with the overrides and approximate dates of one scenario (the baseline, as a rule). */
export function modelInventory(inputs: RunInputs): ModelJson {
  const byKind = {} as Record<ParameterUnit, ParameterName[]>;
  const chosen: Record<string, number> = {};
  for (const name of PARAMETER_NAMES) {
    const spec = PARAMETERS[name];
    (byKind[spec.unit] ??= []).push(name);
    const word = /^(\w+)/.exec(spec.chosen)?.[1] ?? 'unsaid';
    chosen[word] = (chosen[word] ?? 0) + 1;
  }
  const overrides = effectOverrides(inputs.events).map((e) => ({ id: e.id, effects: e.effects! }));
  const approximateDates = inputs.events.filter((e) => /\bapproximate\b/.test(e.summary)).map((e) => e.id);
  const overrideNumbers = overrides.reduce((n, o) => n + Object.keys(o.effects).length, 0);
  const windows = Object.fromEntries(MILESTONES.map((m) => [m.id, { from: WINDOWS[m.id].from, to: WINDOWS[m.id].to, sources: WINDOWS[m.id].sources }]));
  return {
    scenario: inputs.scenario.id,
    actors: ACTOR_IDS.map(actorInventory),
    inputDefaults: EFFECT_RULES.map(inputDefault),
    parameters: {
      count: PARAMETER_NAMES.length,
      drawn: PARAMETER_NAMES.filter((n) => PRIORS[n].shape.kind !== 'fixed').length,
      byKind, inputEffects: EFFECT_PARAMETERS, chosen,
    },
    overrides, approximateDates,
    windows: windows as ModelJson['windows'],
    balance: {
      parameters: PARAMETER_NAMES.length, overrideNumbers, approximateDates: approximateDates.length,
      freeNumbers: PARAMETER_NAMES.length + overrideNumbers + approximateDates.length,
      constraints: MILESTONES.length,
    },
  };
}

const pushes = (effects: Readonly<Partial<Record<Force, string>>>) => Object.entries(effects).map(([f, p]) => `${f} ${p}`).join(', ');
const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '—');
/** One row per item, the label on the first; nothing when there is none. */
const rowsOf = (label: string, items: readonly string[]) => items.map((x, i) => [i === 0 ? label : '', x]);

/** The inventory as `model` prints it for a person. */
export function modelText(m: ModelJson): string {
  const actorRows = m.actors.flatMap((a) => {
    const rows = [
      ...rowsOf('moves', a.moves.map((mv) => `${mv.event}: ${pushes(mv.pushes)}`)),
      ...rowsOf('gates', a.gates.map((g) => `${g}: ${GUARDS[g].measure} ${GUARDS[g].op} ${GUARDS[g].threshold}`)),
      ...rowsOf('answers', [a.answers.join(', ')].filter((x) => x)),
      ...rowsOf('sends', [a.sends.join(', ')].filter((x) => x)),
      ...rowsOf('its inputs', a.inputs.map((r) => `${r.type}: ${pushes(r.effects) || 'nothing (its machine\'s rule, above)'}`)),
    ];
    return rows.map((r, i) => [i === 0 ? a.id : '', ...r]);
  });
  const kinds = Object.entries(m.parameters.byKind).map(([kind, names]) => [kind, String(names.length), names.join(', ')]);
  const windows = Object.entries(m.windows).map(([id, w]) => [id, w.from === w.to ? w.from : `${w.from} … ${w.to}`, w.sources.join(', ')]);
  const b = m.balance;
  const chosen = Object.entries(m.parameters.chosen).map(([w, n]) => `${n} ${w}`).join(', ');
  return [
    `The model, with the overrides and approximate dates of ${m.scenario}`,
    '',
    'Actors: what each moves or gates (machines/*.machine.ts)',
    ...formatTable(['actor', 'does', 'what'], actorRows),
    '',
    'Inputs of any actor move, by type (machines/effects.ts; an actor\'s own rule above takes the place of its type\'s)',
    ...formatTable(['type', 'moves'], m.inputDefaults.filter((r) => r.actors === null).map((r) => [r.type, pushes(r.effects)])),
    '',
    `Parameters by kind (machines/parameters.ts): ${m.parameters.count}, ${m.parameters.drawn} drawn by calibrate; ${chosen}`,
    ...formatTable(['kind', 'n', 'names'], kinds),
    `  ${m.parameters.inputEffects.length} of them are the default effects of inputs: ${m.parameters.inputEffects.join(', ')}`,
    '',
    `Effects written on one event in ${m.scenario} (overrides): ${m.overrides.length ? '' : 'none'}`,
    ...m.overrides.map((o) => `  ${o.id}: ${Object.entries(o.effects).map(([f, v]) => `${f} ${sign(v)}${Math.abs(v)}`).join(', ')}`),
    `Approximate dates in ${m.scenario}: ${m.approximateDates.length} (${list(m.approximateDates)})`,
    '',
    'The nine windows the record sets (machines/windows.ts)',
    ...formatTable(['milestone', 'window', 'sources'], windows),
    '',
    `In short: ${b.freeNumbers} free numbers (${b.parameters} parameters, ${b.overrideNumbers} per-event effect sizes, ${b.approximateDates} approximate dates) meet ${b.constraints} milestone windows.`,
  ].join('\n');
}
