import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { App } from '../src/tui/App.js';
import { forkSession, openSession, type Session } from '../src/tui/model/session.js';
import { FILE_IO, openScenario } from '../src/tui/open-scenario.js';
import { quantile } from './measure.js';
import { hasScript, inPty, time } from './startup.bench.js';

const FILE = 'scenarios/baseline-uncertain.yaml';
const ROUNDS = 5;

/** Resolves once `ok` holds of the app's last frame, looking after every turn of the event loop. */
function frameWhere(frame: () => string, ok: (f: string) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (ok(frame()) ? resolve() : setImmediate(look));
    look();
  });
}

/**
 * The Distribution pane (m) after a fork: the time until all 1,000 members are
 * drawn (the worker warm, the original's members kept), against the TUI's own
 * first frame in a pty; and, while it computes, the time from each → to the
 * frame showing the step.
 */
export default async function bench(): Promise<void> {
  const opened = openScenario(FILE);
  const forks: Session[] = Array.from({ length: ROUNDS + 1 }, (_, i) =>
    forkSession(openSession(opened), { set: { parameter: 'dueDiligenceDays', value: 8 + i } }, { seq: 1, date: null }));
  const redraws: number[] = [];
  const keys: number[] = [];
  for (const [round, session] of [openSession(opened), ...forks].entries()) {
    const app = render(createElement(App, { session, io: FILE_IO, color: false, size: { columns: 120, rows: 40 } }));
    const frame = () => app.lastFrame() ?? '';
    await frameWhere(frame, (f) => f.includes('step 0/'));
    const t0 = performance.now();
    app.stdin.write('m');
    let step = 0;
    // Step while it computes: each → timed to the frame that shows it.
    while (!frame().includes('all 1,000 members')) {
      const k0 = performance.now();
      app.stdin.write('\x1b[C');
      step++;
      await frameWhere(frame, (f) => f.includes(`step ${step}/`) || f.includes('all 1,000 members'));
      if (frame().includes(`step ${step}/`) && round > 0) keys.push(performance.now() - k0);
      else break;
    }
    await frameWhere(frame, (f) => f.includes('all 1,000 members'));
    // The first round warms the worker and keeps the original's members; the forks are what is timed.
    if (round > 0) redraws.push(performance.now() - t0);
    app.unmount();
  }
  // The same keys with the pane closed: what a step costs this machine now, for comparison.
  const plain: number[] = [];
  {
    const app = render(createElement(App, { session: forks[0]!, io: FILE_IO, color: false, size: { columns: 120, rows: 40 } }));
    const frame = () => app.lastFrame() ?? '';
    await frameWhere(frame, (f) => f.includes('step 0/'));
    for (let step = 1; step <= Math.max(20, keys.length); step++) {
      const k0 = performance.now();
      app.stdin.write('\x1b[C');
      await frameWhere(frame, (f) => f.includes(`step ${step}/`));
      plain.push(performance.now() - k0);
    }
    app.unmount();
  }
  console.log(`→ to its frame, pane closed: ${plain.length} keys, median ${quantile(plain, 0.5).toFixed(1)} ms, p95 ${quantile(plain, 0.95).toFixed(1)} ms`);
  const redraw = quantile(redraws, 0.5);
  console.log(`after a fork, all 1,000 members drawn: median ${redraw.toFixed(0)} ms of ${ROUNDS} forks`);
  const p95 = keys.length ? quantile(keys, 0.95) : NaN;
  console.log(`→ to its frame while computing: ${keys.length} keys, median ${quantile(keys, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms: `
    + `target under 50 ms ${p95 < 50 ? 'met' : 'NOT met'}`);
  if (!hasScript) {
    console.log('TUI first frame: skipped (needs `script` from util-linux for a pseudo-terminal)');
    return;
  }
  const { CI: _ci, ...rest } = process.env;
  const env = { ...rest, NO_COLOR: '1', REDLINE_TUI_FIRST_FRAME: 'exit' };
  const firsts: number[] = [];
  for (let i = 0; i < ROUNDS; i++) firsts.push(await time(...inPty(`${process.execPath} bin/redline.js tui ${FILE}`), env, 'step 0/'));
  const first = quantile(firsts, 0.5);
  console.log(`redline tui ${FILE}, first frame in a pty: median ${first.toFixed(0)} ms; the redraw is ${(redraw / first).toFixed(2)}× it: `
    + `target within 3× ${redraw <= 3 * first ? 'met' : 'NOT met'}`);
}
