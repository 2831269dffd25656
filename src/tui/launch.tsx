import { constants } from 'node:os';
import { render } from 'ink';
import { App } from './App.js';
import { openSession, type Opened } from './model/session.js';
import { FILE_IO } from './open-scenario.js';
import { colorEnabled } from './theme.js';

const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface LaunchOptions {
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `--no-color`: no colour whatever the terminal can. */
  readonly noColor?: boolean;
}

/**
 * Opens the terminal UI on a run in the alternate screen and resolves with the
 * exit code once the user quits; the terminal is restored however it ends.
 * Takes a run, not a file, so a recorded log opens the same way.
 * With REDLINE_TUI_FIRST_FRAME=exit it quits after drawing one frame (for `npm run bench`).
 */
export async function launchTui(opened: Opened, options: LaunchOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  const env = options.env ?? process.env;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  };
  // A signal ends the process without an 'exit' event: restore first, then exit as the signal would.
  // Ctrl-C is a quit key: it arrives as SIGINT until Ink has the terminal in raw mode, and must quit the same way then.
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(signal === 'SIGINT' ? 0 : 128 + (constants.signals[signal] ?? 0));
  };
  process.once('exit', restore);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  stdout.write(ENTER_ALT_SCREEN);
  const exitAfterFirstFrame = env.REDLINE_TUI_FIRST_FRAME === 'exit';
  // The bench times the first frame, not the teardown: leave as soon as it is on the screen.
  // Ink calls onRender before it writes the frame, so leave on the next turn, once it is written.
  let drawn = false;
  const firstFrameDrawn = () => {
    if (drawn) return;
    drawn = true;
    setImmediate(() => {
      restore();
      process.exit(0);
    });
  };
  try {
    const instance = render(<App session={openSession(opened)} io={FILE_IO} color={colorEnabled(env, stdout, options.noColor)} />, {
      stdout, stdin, exitOnCtrlC: false, patchConsole: false,
      ...(exitAfterFirstFrame ? { onRender: firstFrameDrawn } : {}),
    });
    await instance.waitUntilExit();
    return 0;
  } catch (err) {
    restore();
    process.stderr.write(`redline tui: ${(err as Error).message}\n`);
    return 70;
  } finally {
    restore();
    process.off('exit', restore);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}
