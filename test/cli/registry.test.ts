import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ROLE_NAMES } from '../../machines/index.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { decisionsOf } from '../../src/engine/index.js';
import { cli, cliAsync, usageLine } from '../helpers/cli.js';

const NAMES = COMMANDS.map((c) => c.name);

describe('the command registry', () => {
  it('lists every command of the public contract once, and completion', () => {
    expect(NAMES).toEqual(['run', 'diff', 'check', 'explain', 'replay', 'play', 'debrief', 'state', 'fork', 'model', 'diagram', 'chart', 'report', 'tui', 'sweep', 'merge', 'calibrate', 'completion']);
  });

  it('each command, in-process through the lazy registry table the bin runs, answers a bad flag in redline words, exit 2', async () => {
    for (const name of NAMES) {
      const lazy = bufferIO();
      const a = await main([name, '--no-such-flag'], lazy);
      expect(a, name).toBe(2);
      expect(lazy.stderr(), name).toBe(`redline: Unknown option '--no-such-flag'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--no-such-flag"\nRun "redline help" for usage.`);
    }
  });

  it('names the commands when one is unknown', async () => {
    expect(await usageLine('rn')).toBe(`redline: unknown command "rn"; commands: ${NAMES.join(', ')}, help`);
    expect(await usageLine('constructor')).toMatch(/^redline: unknown command "constructor"/);
  });
});

describe('help', () => {
  it('for one command: redline CMD --help, -h and redline help CMD print its usage, options and examples, exit 0', async () => {
    for (const c of COMMANDS) {
      const [a, b, d] = await Promise.all([cliAsync(c.name, '--help'), cliAsync(c.name, '-h'), cliAsync('help', c.name)]);
      expect(a.code, c.name).toBe(0);
      expect(a.out).toMatch(new RegExp(`^redline ${c.name}: `));
      expect(a.out).toContain(`Usage:\n  redline ${c.usage[0]}`);
      for (const option of Object.keys(c.options)) expect(a.out, `${c.name} --${option}`).toContain(`--${option}`);
      expect(b).toEqual(a);
      expect(d).toEqual(a);
    }
  });

  it('play lists every decision of every role with the options its machine has there, read from the machines', async () => {
    const out = (await cli('play', '--help')).out.replace(/\s+/g, ' ');
    for (const role of ROLE_NAMES) {
      const points = decisionsOf(role);
      expect(points.length, role).toBeGreaterThan(0);
      expect(out, role).toContain(`${role} ${points.map((p) => `${p.key} (${p.options.map((o) => o.option).join(', ')})`).join(', ')}`);
    }
    expect(out).toContain('finalReview (approve, refuse, send-back, wait)');
  });

  it('shows an option\'s bounds and default', async () => {
    expect((await cli('sweep', '--help')).out).toMatch(/--runs N +how many runs \(1 to 10000000; default: 1000\)/);
  });

  it('for an unknown command is a usage mistake', async () => {
    expect(await usageLine('help', 'rn')).toMatch(/^redline: unknown command "rn"/);
  });

  it('redline help lists every command\'s usage', async () => {
    const r = await cli('help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) for (const u of c.usage) expect(r.out).toContain(`redline ${u}`);
    expect((await cli()).code).toBe(2);
  });
});

describe('numeric options, checked from the registry before the command loads', () => {
  const sweep = async (...args: string[]) => await usageLine('sweep', 'scenarios/baseline-uncertain.yaml', ...args);
  it('a negative, a word, a fraction or zero where it is not allowed: the option, what it takes, exit 2', async () => {
    expect(await sweep('--runs', '-5')).toBe('redline: --runs takes a whole number from 1 to 10000000; found "-5"');
    expect(await sweep('--runs', 'abc')).toBe('redline: --runs takes a whole number from 1 to 10000000; found "abc"');
    expect(await sweep('--runs', '0')).toBe('redline: --runs takes a whole number from 1 to 10000000; found "0"');
    expect(await sweep('--runs=2.5')).toBe('redline: --runs takes a whole number from 1 to 10000000; found "2.5"');
    expect(await sweep('--seed', '-1')).toBe('redline: --seed takes a whole number from 0 to 4294967295; found "-1"');
    expect(await sweep('--workers', '-2')).toBe('redline: --workers takes a whole number from 0 to 256; found "-2"');
    expect(await sweep('--workers', '300')).toBe('redline: --workers takes a whole number from 0 to 256; found "300"');
  });

  it('a negative value after any option that takes one is that option\'s value, answered in redline\'s words, never Node\'s "ambiguous"', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'redline-at-')), 'baseline.jsonl');
    expect((await cli('run', 'scenarios/baseline.yaml', '--log', log)).code).toBe(0);
    expect(await sweep('--shard', '-1/3')).toBe('redline: --shard takes K/M, the K-th of M equal parts counted from 1 (e.g. --shard 3/8); found "-1/3"');
    expect(await sweep('--by', '-2024-06-01')).toBe('redline: --by takes a calendar date as YYYY-MM-DD; found "-2024-06-01"');
    expect(await usageLine('state', log, '--at', '-5')).toMatch(/^redline: --at -5: the log has events 1–\d+; give one of them \(or 0 for the starting state\)$/);
    const fork = await cli('fork', log, '--at', '-5', '--set', 'initialRussianPressure=0.5', '-o', join(dirname(log), 'never-written.yaml'));
    expect(fork.code).toBe(2);
    expect(fork.err).toMatch(/--at -5: the log has events 1–\d+; fork after one of them \(or 0, before any\)/);
    expect(fork.err).not.toMatch(/ambiguous/);
  });
});

describe('completion', () => {
  it('refuses a shell it does not know', async () => {
    expect(await usageLine('completion', 'tcsh')).toBe('redline: completion takes one shell: bash, zsh, fish, e.g. source <(redline completion bash)');
  });

  it('offers every command and each command\'s options, from the registry', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = (await cli('completion', shell)).out;
      for (const c of COMMANDS) {
        expect(script, `${shell} ${c.name}`).toContain(c.name);
        for (const option of Object.keys(c.options)) expect(script, `${shell} ${c.name} --${option}`).toMatch(new RegExp(`-(-|l )${option}\\b`));
      }
    }
  });

  const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;
  it.runIf(has('bash'))('bash completes a command name and a milestone for --focus', async () => {
    const script = (await cli('completion', 'bash')).out;
    const complete = (line: string) => execFileSync('bash', ['-c', `${script}
COMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _redline; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).trim().split('\n');
    expect(complete('redline sw')).toEqual(['sweep']);
    expect(complete('redline sweep x.yaml --focus fin')).toEqual(['final-approval']);
    expect(complete('redline sweep x.yaml --ru')).toEqual(['--runs']);
  });
});
