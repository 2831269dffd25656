import type { Role } from '../../../machines/index.js';
import { simulate, simulateUntilAsked, type Ask, type PlayerChoice, type RunResult } from '../../engine/index.js';
import { askOptions, askText } from '../../explain/play-ask.js';
import { debrief } from '../../explain/debrief.js';
import { firstDivergence } from './divergence.js';
import { indexRun } from './run-index.js';
import type { Session } from './session.js';

/** A game in the TUI: who is played, the choices so far, and where the run stands. */
export interface Game {
  readonly roles: readonly Role[];
  readonly choices: readonly PlayerChoice[];
  readonly ask: Ask | undefined;
  readonly run: RunResult;
}

const played = (session: Session, roles: readonly Role[], choices: readonly PlayerChoice[]) =>
  ({ ...session.origin.run.inputs, play: { roles, choices } });

/** Runs the game to its next decision (or its end, when `finish`, the model taking the rest). */
export function advance(session: Session, roles: readonly Role[], choices: readonly PlayerChoice[], finish = false): Game {
  const inputs = played(session, roles, choices);
  const run = finish ? simulate(inputs) : simulateUntilAsked(inputs);
  const ask = finish ? undefined : run.play?.paused;
  return { roles, choices, ask, run: ask ? run : simulate(inputs) };
}

/** The game with the player's option (and one-line reason) at the decision it is at. */
export function choose(session: Session, game: Game, option: string, reason?: string): Game {
  const ask = game.ask!;
  return advance(session, game.roles, [...game.choices, { role: ask.role, decision: ask.decision, option, ...(reason ? { reason } : {}) }]);
}

/** The session showing the game's run, marked where it parts from the run opened. */
export function gameSession(session: Session, game: Game): Session {
  return { ...session, run: game.run, index: indexRun(game.run), divergence: firstDivergence(session.origin.run.events, game.run.events) };
}

/** What the play overlay shows of the game now. */
export function gameStage(game: Game): { text: string; options: string[] } | { debrief: string } {
  if (game.ask) return { text: askText(game.ask), options: askOptions(game.ask).map((o) => o.option) };
  return { debrief: debriefLines(game.run) };
}

function debriefLines(run: RunResult): string {
  const d = debrief(run);
  const rows = d.milestones.map((m) => `${m.milestone.padEnd(22)} ${(m.played ?? '—').padEnd(11)} model ${(m.model ?? '—').padEnd(11)} record ${m.record.from}`);
  const parted = d.choices.filter((c) => c.parted);
  const choices = parted.map((c) => `${c.date} ${c.decision}: ${c.option} (the model: ${c.model})${c.inEffect.days ? `, in effect ${c.inEffect.days > 0 ? `${c.inEffect.days} days later` : `${-c.inEffect.days} days sooner`}` : ''}${c.reason ? ` "${c.reason}"` : ''}`);
  return [`${d.scenario}, played as ${d.roles.join(', ')}`, '', ...rows, '', `${parted.length} of ${d.choices.length} choices parted from the model's`, ...choices].join('\n');
}
