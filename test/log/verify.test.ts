import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultParams } from '../../machines/index.js';
import { formatDay, parseDay, simulate } from '../../src/engine/index.js';
import { formatLog, parseLog, verifyLog } from '../../src/log/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { baselineRun, cli, tempDir } from '../helpers/logs.js';

const run = baselineRun();
const text = formatLog(run);
const lines = text.slice(0, -1).split('\n');
// Read as verify reads: leniently, so an edited log still reaches the comparison with the model.
const logOf = (t: string) => parseLog(t, 'runs/x.jsonl', { lenient: true });
const agreed = run.events.find((e) => e.type === 'principals.agreed')!;
const dayBefore = (date: string) => formatDay(parseDay(date)! - 1);
/** The log with the principals' agreement recorded a day early, as if edited by hand. */
const editedText = `${lines.map((l, i) => (i === agreed.seq ? JSON.stringify({ ...JSON.parse(l), date: dayBefore(agreed.date) }) : l)).join('\n')}\n`;
const save = (t: string): string => {
  const file = join(tempDir(), 'run.jsonl');
  writeFileSync(file, t);
  return file;
};

/** A log whose header says one thing and whose events another run recorded: what a model change looks like. */
const recordedBy = (other: typeof run): string => `${[lines[0]!, ...formatLog(other).slice(0, -1).split('\n').slice(1)].join('\n')}\n`;

describe('replay --verify', () => {
  it('an unchanged log of an unchanged model is identical (exit 0)', async () => {
    const v = verifyLog(logOf(text));
    expect(v).toMatchObject({ identical: true, divergence: null, events: { log: run.events.length, model: run.events.length } });
    expect(v.modelHash.same).toBe(true);
    const { code, out } = await cli('replay', save(text), '--verify');
    expect(code).toBe(0);
    expect(out).toMatch(/verified; all \d+ recorded events match a fresh run of the model\nmodel: sha256:[0-9a-f]{12}, the same model that wrote the log$/);
  });

  it('a recorded event edited by hand is the first divergence, with both sides (exit 1)', async () => {
    const v = verifyLog(logOf(editedText));
    const n = run.events.length;
    expect(v.identical).toBe(false);
    expect(v.divergence).toMatchObject({
      seq: agreed.seq, reason: `event ${agreed.seq} differs`, log: { date: dayBefore(agreed.date) }, model: { date: agreed.date, type: 'principals.agreed' },
    });
    const { code, out } = await cli('replay', save(editedText), '--verify');
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      expect.stringContaining(`run.jsonl: diverges at event ${agreed.seq} of ${n} (a fresh run gives ${n} events): event ${agreed.seq} differs`),
      expect.stringContaining(`  recorded #${agreed.seq}  ${dayBefore(agreed.date)}  decision principals.agreed by nsc  {"machine":"decision",`),
      expect.stringContaining(`  model    #${agreed.seq}  ${agreed.date}  decision principals.agreed by nsc  {"machine":"decision",`),
      '  differs in: date',
      expect.stringMatching(/the same model that wrote the log; so the log itself differs/),
    ]);
  });

  it('--reference checks a log against XState itself: the same answers as the engine, or usage (exit 2) without --verify', async () => {
    expect(verifyLog(logOf(text), { reference: true })).toEqual(verifyLog(logOf(text)));
    expect(verifyLog(logOf(editedText), { reference: true })).toEqual(verifyLog(logOf(editedText)));
    expect((await cli('replay', save(text), '--verify', '--reference')).code).toBe(0);
    const edited = await cli('replay', save(editedText), '--verify', '--reference', '--json');
    expect(edited.code).toBe(1);
    expect(JSON.parse(edited.out).divergence).toMatchObject({ seq: agreed.seq, fields: ['date'] });
    const usage = await cli('replay', save(text), '--reference');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--reference goes with --verify');
  });

  it('events recorded by a different model are caught at the first event that moved', () => {
    const params = { ...defaultParams(), principalsSupportThreshold: 0.7 };
    const other = simulate({ ...run.inputs, params });
    const v = verifyLog(logOf(recordedBy(other)));
    const first = other.events.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(run.events[i]));
    expect(first).toBeGreaterThan(0);
    expect(v.divergence?.seq).toBe(first + 1);
    expect(v.divergence?.log).toEqual(other.events[first]);
    expect(v.divergence?.model).toEqual(run.events[first]);
    expect(v.divergence?.fields.length).toBeGreaterThan(0);
  });

  it('says when the model hash differs from the one that wrote the log', async () => {
    const header = { ...JSON.parse(lines[0]!), modelHash: `sha256:${'0'.repeat(64)}` };
    const t = `${[JSON.stringify(header), ...lines.slice(1)].join('\n')}\n`;
    const v = verifyLog(logOf(t));
    expect(v.modelHash).toMatchObject({ log: `sha256:${'0'.repeat(64)}`, same: false });
    expect(v.identical).toBe(true);
    expect((await cli('replay', save(t), '--verify')).out).toMatch(/model: the log was written by sha256:000000000000; this redline's is sha256:[0-9a-f]{12}: the model has changed since, but not in a way that moves this run/);
  });

  it('a default changed since the log was written moves history: verify re-runs with today\'s defaults and names the parameter (exit 1)', async () => {
    const then = defaultParams().principalsSupportThreshold + 0.1;
    // The "recorded" log: the same scenario run when principalsSupportThreshold defaulted higher, by an older model.
    const old = simulate({ ...run.inputs, params: { ...defaultParams(), principalsSupportThreshold: then } });
    const oldText = formatLog(old).replace(/"modelHash":"sha256:[0-9a-f]+"/, `"modelHash":"sha256:${'1'.repeat(64)}"`);
    const v = verifyLog(logOf(oldText));
    expect(v.identical).toBe(false);
    expect(v.divergence!.model).toEqual(run.events[v.divergence!.seq - 1]);
    expect(v.defaultsChanged).toEqual([{ parameter: 'principalsSupportThreshold', log: then, now: defaultParams().principalsSupportThreshold }]);
    const { code, out } = await cli('replay', save(oldText), '--verify');
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^defaults changed since the log was written \\(machines/parameters\\.ts\\): principalsSupportThreshold ${then} → ${defaultParams().principalsSupportThreshold}$`, 'm'));
    expect(out).toMatch(/^note: the log records no overrides \(none were set, or it was written before redline recorded them\)/m);
  });

  it('a scenario\'s own set values travel in the header as overrides and are kept by verify', () => {
    const whatIf = loadScenario('scenarios/less-cautious-president.yaml').inputs;
    expect(whatIf.overrides).toEqual({ initialPresidentCaution: 0.25 });
    expect(loadScenario('scenarios/baseline.yaml').inputs).not.toHaveProperty('overrides');
    const t = formatLog(simulate(whatIf));
    expect(JSON.parse(t.split('\n')[0]!).inputs.overrides).toEqual({ initialPresidentCaution: 0.25 });
    const v = verifyLog(logOf(t));
    expect(v).toMatchObject({ identical: true, defaultsChanged: [], notes: [] });
  });

  it('a log without overrides (every older baseline log) is told only of the defaults that changed since, not of overrides', () => {
    const fixture = readFileSync('test/fixtures/logs/baseline-v1.jsonl', 'utf8');
    expect(JSON.parse(fixture.split('\n')[0]!).inputs).not.toHaveProperty('overrides');
    const v = verifyLog(logOf(fixture));
    // Recalibrated when every actor came to act (machines/parameters.ts says why).
    expect(v.defaultsChanged).toEqual([{ parameter: 'operationalPlanningDays', log: 3, now: 4 }]);
    // Said once, since a default changed: a value the log's scenario had set would show as one too.
    expect(v.notes.filter((n) => n.includes('overrides'))).toEqual([expect.stringMatching(/^the log records no overrides .*would show above as a changed default$/)]);
  });

  it('a log that stops early diverges where it ends', () => {
    const t = `${lines.slice(0, 51).join('\n')}\n`;
    const v = verifyLog(logOf(t));
    expect(v.divergence).toMatchObject({ seq: 51, reason: 'the log ends here; the model goes on', model: run.events[50] });
    expect(v.divergence).not.toHaveProperty('log');
  });

  it('--json prints the verification', async () => {
    const { code, out } = await cli('replay', save(text), '--verify', '--json');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(['identical', 'events', 'modelHash', 'divergence', 'notes', 'defaultsChanged']);
  });
});

describe('replay', () => {
  it('prints the same table and JSON as run, from the log alone', async () => {
    const file = save(text);
    expect((await cli('replay', file)).out).toBe((await cli('run', 'scenarios/baseline.yaml', '--single')).out);
    expect((await cli('replay', file, '--json')).out).toBe((await cli('run', 'scenarios/baseline.yaml', '--single', '--json')).out);
  });

  it('does not run the model: a log with edited decisions replays what it recorded (with --lenient, as its date runs backwards)', async () => {
    expect((await cli('replay', save(editedText), '--json')).code).toBe(2);
    expect(JSON.parse((await cli('replay', save(editedText), '--json', '--lenient')).out).milestones['principals-agree']).toBe(dayBefore(agreed.date));
  });
});
