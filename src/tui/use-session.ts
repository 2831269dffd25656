import { dirname } from 'node:path';
import { useEffect, useRef, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import { forkFileText, forkPath } from './model/fork-file.js';
import { runView } from './model/run-view.js';
import { forkSession, openSession, type Opened, type Session } from './model/session.js';
import { advance, choose, gameSession, gameStage, type Game } from './model/play-game.js';
import type { tuiMachine } from './tui.machine.js';

/** The file system as the TUI uses it; tests pass their own. */
export interface SessionIO {
  /** Loads and runs a scenario; throws an error whose message has the file:line:col of each problem. */
  open(file: string): Opened;
  /** The scenario files (`*.yaml`) in a folder, as paths. */
  list(dir: string): string[];
  /** A scenario file's title for the picker; undefined when it does not load. */
  title?(file: string): string | undefined;
  exists(path: string): boolean;
  /** Writes a new file, atomically; throws when the path is taken. */
  writeNew(path: string, text: string): void;
  /** How a fork written to `path` names the scenario it extends; the origin's id when absent. */
  extendsRef?(origin: Opened, path: string): string;
}

type TuiActor = ActorRefFrom<typeof tuiMachine>;

/** The view of a session the machine needs, with where `w` would write. */
export const viewOf = (session: Session, io: SessionIO) => runView(session, forkPath(session, io.exists));

/**
 * The session on screen, and the machine's requests carried out on it: open a
 * scenario, fork, write the fork, list the scenario folder. Failures come back
 * to the machine as notices, so the TUI stays usable.
 */
export function useSession(initial: Session, io: SessionIO, actor: TuiActor): Session {
  const [session, setSession] = useState(initial);
  const ref = useRef(session);
  const game = useRef<{ game: Game; base: Session } | null>(null);
  useEffect(() => {
    const show = (next: Session, seq: number) => {
      ref.current = next;
      setSession(next);
      actor.send({ type: 'RUN_LOADED', view: viewOf(next, io), seq });
    };
    const fail = (err: unknown) => actor.send({ type: 'NOTICE', notice: { kind: 'error', text: (err as Error).message } });
    // A game replays from the session it began on, with each choice: the cursor stays where it asks.
    const play = (g: Game, base: Session) => {
      game.current = { game: g, base };
      const next = gameSession(base, g);
      show(next, g.ask ? g.ask.seq : next.run.events.length);
      const stage = gameStage(g);
      actor.send({ type: 'GAME', game: 'debrief' in stage ? stage : { text: stage.text, options: stage.options } });
    };
    const subs = [
      actor.on('open', ({ file }) => {
        try {
          const next = openSession(io.open(file), ref.current.reference);
          const date = ref.current.run.events[actor.getSnapshot().context.seq - 1]?.date;
          show(next, date ? next.index.timeline.seqOn(date) : 0);
        } catch (err) {
          fail(err);
        }
      }),
      actor.on('fork', ({ change, at }) => {
        try {
          const next = forkSession(ref.current, change, at);
          show(next, Math.min(at.seq, next.divergence ?? at.seq));
        } catch (err) {
          fail(err);
        }
      }),
      actor.on('write', ({ path }) => {
        try {
          io.writeNew(path, forkFileText(ref.current, path, io.extendsRef?.(ref.current.origin, path)));
          actor.send({ type: 'WRITTEN', path });
          actor.send({ type: 'RUN_LOADED', view: viewOf(ref.current, io), seq: actor.getSnapshot().context.seq });
        } catch (err) {
          actor.send({ type: 'WRITE_FAILED', message: (err as Error).message });
        }
      }),
      actor.on('play', ({ roles }) => {
        try {
          play(advance(ref.current, roles, []), ref.current);
        } catch (err) {
          fail(err);
        }
      }),
      actor.on('choose', ({ option, reason }) => {
        const g = game.current;
        if (!g) return;
        try {
          play(option === null ? advance(g.base, g.game.roles, g.game.choices, true) : choose(g.base, g.game, option, reason), g.base);
        } catch (err) {
          fail(err);
        }
      }),
      actor.on('list', () => {
        const files = io.list(dirname(ref.current.reference.file));
        actor.send({ type: 'SCENARIOS_LISTED', files, ...(io.title ? { titles: files.map((f) => io.title!(f)) } : {}) });
      }),
    ];
    return () => subs.forEach((s) => s.unsubscribe());
  }, [actor, io]);
  return session;
}

