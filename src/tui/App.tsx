import { useCallback, useEffect, useState } from 'react';
import { useApp } from 'ink';
import { useMachine } from '@xstate/react';
import type { Session } from './model/session.js';
import { Screen } from './Screen.js';
import { ThemeContext } from './theme.js';
import { modeOf, SPEEDS, tuiMachine, typingReason } from './tui.machine.js';
import { useKeys } from './use-keys.js';
import { usePlayer } from './use-player.js';
import { useSession, viewOf, type SessionIO } from './use-session.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface Props {
  /** The run to open, with what `d` compares it with. */
  readonly session: Session;
  readonly io: SessionIO;
  readonly color: boolean;
  /** A fixed size (tests, pictures); the terminal's own otherwise. */
  readonly size?: { readonly columns: number; readonly rows: number };
}

/** The terminal UI: wires the machine, the session, the keys and the player to the screen. */
export function App({ session: initial, io, color, size }: Props) {
  const [input] = useState(() => ({ view: viewOf(initial, io) }));
  const [snapshot, send, actor] = useMachine(tuiMachine, { input });
  const session = useSession(initial, io, actor);
  const terminal = useTerminalSize();
  const { exit } = useApp();
  const mode = modeOf(snapshot.value as { mode?: unknown });
  useKeys(send);
  const tick = useCallback(() => send({ type: 'TICK' }), [send]);
  usePlayer(mode === 'playing', SPEEDS[snapshot.context.speed]!, tick);
  useEffect(() => {
    if (mode === 'quit') exit();
  }, [mode, exit]);
  const { columns, rows } = size ?? terminal;
  return (
    <ThemeContext.Provider value={{ color }}>
      <Screen session={session} context={snapshot.context} mode={mode} distribution={snapshot.matches({ distribution: 'open' })} reasoning={typingReason(snapshot.value as { mode?: unknown })} columns={columns} rows={rows} />
    </ThemeContext.Provider>
  );
}
