import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, renderApp } from './app-harness.js';

afterEach(cleanup);

describe('play a part in the terminal UI (p)', () => {
  it('p lists the roles; Enter plays the president: each decision with its options, a number picks one; Esc leaves the rest to the model, then the debrief', async () => {
    const { press, frame } = renderApp({ columns: 120, rows: 40 });
    const cast = await press(['p'], 'Play a part: pick a role');
    expect(cast).toMatch(/▶ president/);
    expect(cast).toContain('kyiv');
    const first = await press([KEYS.enter], 'president decides at presidentialReview');
    expect(first).toContain('1–3 choose (1 approve, 2 refuse, 3 defer)');
    expect(first).toContain('The model: approve, as president agrees in principle');
    // The cursor is where the run stopped: the recommendation just presented, on 2024-05-15.
    expect(first).toMatch(/2024-05-15 step \d+\//);
    const next = await press(['1'], 'president decides at inPrinciple');
    expect(next).toContain('1 due-diligence, 2 to-principals');
    // A key that is no option does nothing.
    await press(['7'], 'president decides at inPrinciple');
    const done = await press([KEYS.escape], 'Debrief');
    expect(done).toContain('baseline, played as president');
    expect(done).toMatch(/in-effect\s+2024-05-30\s+model 2024-05-30/);
    expect(done).toContain('0 of 1 choices parted from the model\'s');
    await press(['x'], /step \d+\/\d+ in effect · confirmed/);
    expect(frame()).not.toContain('Debrief');
  });

  it('a choice that parts from the model moves the run on screen: after a refusal Kyiv asks again, and the president is asked again later', async () => {
    const { press } = renderApp({ columns: 120, rows: 40 });
    await press(['p', KEYS.enter], '2024-05-15 · president decides at presidentialReview');
    const again = await press(['2'], /2024-0[56]-\d\d · president decides at presidentialReview/);
    expect(again).not.toContain('2024-05-15 · president');
    expect(again).toMatch(/step \d+\/\d+ refused|step \d+\/\d+ presidential review/);
    const done = await press([KEYS.escape], 'Debrief');
    expect(done).toContain('1 of 1 choices parted from the model\'s');
    expect(done).toMatch(/2024-05-15 presidentialReview: refuse \(the model: approve\)/);
  });

  it(': types a one-line reason (digits in it are text); Enter keeps it for the next choice, which the log and the debrief keep', async () => {
    const { press, frame, goTo } = renderApp({ columns: 120, rows: 40 });
    await press(['p', KEYS.enter], '2024-05-15 · president decides at presidentialReview');
    expect(frame()).toContain(': a reason');
    await press([':'], 'your reason:');
    // Typed key by key and pasted in one chunk alike; a digit is part of the reason, not a choice.
    await press(['n', 'o', 't', ' ', 'y'], 'your reason: not y█');
    const typed = await press(['et: 2 weeks', KEYS.backspace, KEYS.backspace, 'k'], 'your reason: not yet: 2 week█');
    expect(typed).toContain('president decides at presidentialReview');
    await press([KEYS.enter], /^(?![\s\S]*your reason:)[\s\S]*your reason, for the next choice: "not yet: 2 week"/);
    const next = await press(['3'], /2024-0[56]-\d\d · president decides at presidentialReview/);
    expect(next).not.toContain('your reason, for the next choice');
    // Esc while typing drops the reason and stays at the decision.
    await press([':', 'x'], 'your reason: x█');
    const dropped = await press([KEYS.escape], /^(?![\s\S]*your reason:)[\s\S]*1–3 choose/);
    expect(dropped).not.toContain('"x"');
    expect(dropped).toContain('president decides at presidentialReview');
    const done = await press([KEYS.escape], 'Debrief');
    expect(done).toMatch(/2024-05-15 presidentialReview: defer \(the model: approve\).* "not yet: 2 week"/);
    // The run on screen is the played one: the choice's input (event 34) carries the reason.
    await press(['x'], /step \d+\/\d+/);
    const input = await goTo(34);
    expect(input).toContain('player.chose · choice-1');
    expect(input).toContain('approve: "not yet: 2 week"');
  });

  it('↓ picks Kyiv, whose first decision is whether to press; Esc in the role list goes back', async () => {
    const { press } = renderApp({ columns: 120, rows: 40 });
    await press(['p'], 'Play a part');
    await press([KEYS.escape], /step 0\//);
    await press(['p', KEYS.down, KEYS.down], /▶ kyiv/);
    const ask = await press([KEYS.enter], 'kyiv decides at holding');
    expect(ask).toContain('1–2 choose (1 press, 2 wait)');
  });
});
