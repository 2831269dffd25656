import { render } from 'ink-testing-library';
import { expect, vi } from 'vitest';
import { App } from '../../src/tui/App.js';
import { openScenario } from '../../src/tui/open-scenario.js';
import { openSession } from '../../src/tui/model/session.js';
import type { SessionIO } from '../../src/tui/use-session.js';
import { baselineOpened } from './helpers.js';

export const KEYS = {
  right: '\x1b[C', left: '\x1b[D', up: '\x1b[A', down: '\x1b[B', home: '\x1b[H', end: '\x1b[F',
  enter: '\r', escape: '\x1b', tab: '\t', backspace: '\x7f', space: ' ',
} as const;

/** A file system in memory: scenario files open from disk, written files stay in `files`. */
export function memoryIO(listing: string[] = ['scenarios/baseline.yaml', 'test/fixtures/broken.yaml']) {
  const files = new Map<string, string>();
  const io: SessionIO = {
    open: (file) => (file === 'scenarios/baseline.yaml' ? baselineOpened() : openScenario(file)),
    list: () => listing,
    title: (file) => {
      try {
        return openScenario(file).title;
      } catch {
        return undefined;
      }
    },
    exists: (path) => files.has(path),
    writeNew: (path, text) => {
      if (files.has(path)) throw new Error(`${path} already exists; choose another name`);
      files.set(path, text);
    },
  };
  return { io, files };
}

/** Renders the app on the baseline (or another run) at a fixed size; `press` sends keys and waits for the frame that shows `expected`. */
export function renderApp(size = { columns: 100, rows: 30 }, color = false, opened = baselineOpened()) {
  const { io, files } = memoryIO();
  const app = render(<App session={openSession(opened)} io={io} color={color} size={size} />);
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: readonly string[], expected: string | RegExp) => {
    for (const k of keys) app.stdin.write(k);
    await vi.waitFor(() => expect(frame()).toMatch(expected), { interval: 2, timeout: 5000 });
    return frame();
  };
  /** Moves the cursor to a seq from the start. */
  const goTo = (seq: number) => press([KEYS.home, ...Array<string>(seq).fill(KEYS.right)], new RegExp(`step ${seq}/`));
  return { ...app, io, files, frame, press, goTo };
}
