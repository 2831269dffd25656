import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync } from '../helpers/cli.js';
import { bufferIO } from '../../src/cli/io.js';
import { playCommand } from '../../src/cli/play-command.js';
import { readLog } from '../../src/log/index.js';

const BASE = 'scenarios/baseline.yaml';
const dir = mkdtempSync(join(tmpdir(), 'redline-play-'));
const at = (name: string) => join(dir, name);

/** Plays with the answers a person would type, one a prompt. */
async function prompted(args: string[], typed: string[]) {
  const io = bufferIO();
  const queue = [...typed];
  const code = await playCommand(args, io, async () => queue.shift());
  return { code, out: io.stdout(), err: io.stderr(), left: queue.length };
}

describe('redline play', () => {
  it('plays the given choices and prints the debrief: milestones beside the model\'s and the record\'s, each choice that parted', async () => {
    const r = await cliAsync('play', BASE, '--as', 'president', '--choose', 'finalReview=wait');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('debrief: baseline, played as president');
    expect(lines.find((l) => l.startsWith('final-approval'))).toMatch(/^final-approval\s+2024-05-2\d\s+2024-05-24\s+2024-05-23…2024-05-28\s+\+\d$/);
    expect(r.out).toMatch(/president at finalReview: wait, the model would approve; went against president gives final approval \(0\.\d\d, held by 0\.\d\d\); the policy \d days? later \(cost\)/);
  });

  it('--json gives the debrief\'s data, and --log a log that replays and verifies on both engines', async () => {
    const log = at('json.jsonl');
    const r = await cliAsync('play', BASE, '--as', 'president,nsc', '--choose', 'presidentialReview=refuse', '--log', log, '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d).toMatchObject({ format: 'redline-debrief', version: 1, scenario: 'baseline', roles: ['president', 'nsc'] });
    expect(d.choices[0]).toMatchObject({ role: 'president', decision: 'presidentialReview', option: 'refuse', model: 'approve', parted: true, overrode: { guard: 'presidentRefuses', holds: false } });
    expect(d.milestones.find((m: { milestone: string }) => m.milestone === 'in-effect').model).toBe('2024-05-30');
    expect(readLog(log).header.inputs.play!.choices).toEqual([{ role: 'president', decision: 'presidentialReview', option: 'refuse' }]);
    expect((await cliAsync('replay', log, '--verify')).code).toBe(0);
    expect((await cliAsync('replay', log, '--verify', '--reference')).code).toBe(0);
    const again = await cliAsync('debrief', log, '--json');
    expect(JSON.parse(again.out)).toEqual(d);
  });

  it('reads choices from a file, a reason after each, and names the line of a bad one (exit 2)', async () => {
    const good = at('good.txt');
    writeFileSync(good, '# my game\npresidentialReview=defer: not with an election coming\n\nfinalReview=wait*2\n');
    const r = await cliAsync('play', BASE, '--as', 'president', '--choices', good, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).choices[0]).toMatchObject({ option: 'defer', reason: 'not with an election coming' });
    const bad = at('bad.txt');
    writeFileSync(bad, 'presidentialReview=defer\nfinalReview=postpone\nholding=press\n');
    const e = await cliAsync('play', BASE, '--as', 'president', '--choices', bad);
    expect(e.code).toBe(2);
    expect(e.err).toContain(`${bad}:2: "postpone" is not an option at finalReview; it has approve, refuse, send-back, wait`);
    expect(e.err).toContain(`${bad}:3: no played role (president) takes a decision "holding"; theirs are presidentialReview, inPrinciple, finalReview`);
  });

  it('refuses what it cannot play, saying how (exit 2)', async () => {
    expect((await cliAsync('play', BASE)).err).toMatch(/play needs --as ROLE/);
    const role = await cliAsync('play', BASE, '--as', 'presdent');
    expect(role.code).toBe(2);
    expect(role.err).toMatch(/--as presdent: no such role \(did you mean "president"\?\); the roles are president, nsc, kyiv/);
    const choose = await cliAsync('play', BASE, '--as', 'kyiv', '--choose', 'holding');
    expect(choose.code).toBe(2);
    expect(choose.err).toMatch(/--choose: "holding" is not a choice; write decision=option/);
  });

  it('at a prompt: shows the ledger, the guards, the model\'s choice and the record, takes a name or number and a reason', async () => {
    const r = await prompted([BASE, '--as', 'president', '--prompt'], ['defer: too soon', '', '2', 'wait', 'approve']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2024-05-15 · president decides at presidentialReview');
    expect(r.out).toContain('> defer: too soon');
    expect(r.out).toMatch(/What this decision reads\n {2}president agrees in principle \(Biden\) needs case minus restraint ≥ −0\.10: now −0\.09, held by 0\.01/);
    expect(r.out).toContain('The model: approve, as president agrees in principle: −0.09, held by 0.01');
    expect(r.out).toContain('  approve: President agrees in principle, 2024-05-15 [politico-2024-05-31, wapo-2024-05-30, ap-2024-05-31]');
    expect(r.out).toMatch(/Options\n {2}1\) approve +/);
    expect(r.out).toContain('choices: ');
    expect(r.out).toContain('president at presidentialReview: defer, the model would approve');
    expect(r.out).toContain('("too soon")');
  });

  it('--teacher hides the model\'s choice and the record until the player has chosen', async () => {
    const r = await prompted([BASE, '--as', 'president', '--prompt', '--teacher'], ['refuse']);
    const first = r.out.split('your choice')[0]!;
    expect(first).not.toContain('The model:');
    expect(first).not.toContain('The record');
    expect(r.out).toContain('the model would approve');
  });

  it('asks again, naming the options, when the answer is none of them; at the end of input the model takes the rest', async () => {
    const r = await prompted([BASE, '--as', 'kyiv', '--prompt'], ['fight']);
    expect(r.out).toContain('"fight" is not an option here; the options are 1) press, 2) wait');
    expect(r.out).toContain('(end of input: the model takes the rest)');
    expect(r.code).toBe(0);
  });
});

describe('redline debrief', () => {
  it('for several logs: a table of where each history parted and how far, then each debrief; --json for all', async () => {
    const files = [at('a.jsonl'), at('b.jsonl'), at('c.jsonl')];
    await cliAsync('play', BASE, '--as', 'president', '--choose', 'finalReview=wait', '--log', files[0]!);
    await cliAsync('play', BASE, '--as', 'president', '--choose', 'presidentialReview=approve', '--log', files[1]!);
    await cliAsync('play', BASE, '--as', 'nsc', '--choose', 'requestReceived=wait', '--log', files[2]!);
    const r = await cliAsync('debrief', ...files);
    expect(r.code).toBe(0);
    const table = r.out.split('\n\n')[0]!.split('\n');
    expect(table[0]).toMatch(/^log\s+played\s+first parted\s+parted\s+in effect\s+vs model$/);
    expect(table[2]).toMatch(/a\.jsonl\s+president\s+2024-05-24 finalReview: wait \(model approve\)\s+1\s+(2024-05-31|2024-06-\d\d)\s+\+\d$/);
    expect(table[3]).toMatch(/b\.jsonl\s+president\s+never\s+0\s+2024-05-30\s+±0$/);
    expect(table[4]).toMatch(/c\.jsonl\s+nsc\s+2024-05-13 requestReceived: wait \(model recommend\)\s+1\s+/);
    const j = JSON.parse((await cliAsync('debrief', ...files, '--json')).out);
    expect(j.logs.map((l: { file: string; parted: number }) => [l.file, l.parted])).toEqual([[files[0], 1], [files[1], 0], [files[2], 1]]);
  });

  it('refuses a log no one played, saying how to record one (exit 2)', async () => {
    const plain = at('plain.jsonl');
    await cliAsync('run', BASE, '--log', plain);
    const r = await cliAsync('debrief', plain);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${plain}: no one played in this run; record a played one with redline play SCENARIO --as ROLE --log FILE`);
  });
});
