import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lazyBuiltins } from '../../scripts/build/lazy-builtins.mjs';

const dir = mkdtempSync(join(tmpdir(), 'redline-builtins-'));
const REPORT = "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)))));";

/**
 * Runs `node <args>` and tells which built-in modules it loaded. `detached` runs it in a session
 * of its own (util-linux setsid), with no terminal to ask and no COLUMNS or LINES to read.
 */
function builtinsLoadedBy(args: readonly string[], detached = false): { loaded: string[]; stdout: string; status: number | null } {
  const node = [process.execPath, '--import', `data:text/javascript,${encodeURIComponent(REPORT)}`, ...args];
  const { COLUMNS: _c, LINES: _l, ...env } = process.env;
  const r = detached ? spawnSync('setsid', node, { encoding: 'utf8', env }) : spawnSync(node[0]!, node.slice(1), { encoding: 'utf8' });
  const loaded = r.stderr.split('\nLOADED ')[1];
  return { loaded: JSON.parse(loaded ?? '[]') as string[], stdout: r.stdout, status: r.status };
}

let bundles = 0;

/** Runs a bundle with `then` after it, and tells which built-in modules it loaded. */
function runBundle(bundle: string, then = '', detached = false): ReturnType<typeof builtinsLoadedBy> {
  const file = join(dir, `bundle-${++bundles}.mjs`);
  writeFileSync(file, `${bundle}\n${then}`);
  return builtinsLoadedBy([file], detached);
}

describe('built-ins Ink\'s dependencies need only on a rare path are loaded on that path', () => {
  it('signal-exit checks its callback without loading assert, and still throws its AssertionError', async () => {
    const out = await build({
      stdin: { contents: "import onExit from 'signal-exit'; import terminalSize from 'terminal-size'; globalThis.onExit = onExit; globalThis.terminalSize = terminalSize;", resolveDir: process.cwd() },
      bundle: true, platform: 'node', format: 'esm', write: false, plugins: [lazyBuiltins], logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const bundle = out.outputFiles[0]!.text;
    const fine = runBundle(bundle, 'globalThis.onExit(() => {});');
    expect(fine.status).toBe(0);
    expect(fine.loaded).not.toContain('assert');
    expect(fine.loaded).not.toContain('child_process');
    const wrong = runBundle(bundle, 'try { globalThis.onExit(undefined); } catch (e) { console.log(e.name, e.message); }');
    expect(wrong.stdout).toContain('AssertionError a callback must be provided for exit handler');
    expect(wrong.loaded).toContain('assert');
  });

  it('terminal-size asks a command for the size when the stream cannot say, loading child_process then', async () => {
    const out = await build({
      stdin: { contents: "import terminalSize from 'terminal-size'; console.log(JSON.stringify(terminalSize()));", resolveDir: process.cwd() },
      bundle: true, platform: 'node', format: 'esm', write: false, plugins: [lazyBuiltins], logLevel: 'silent',
    });
    // Piped, with no terminal and no COLUMNS: terminal-size falls back to tput or resize, or its default of 80×24.
    const r = runBundle(out.outputFiles[0]!.text, '', true);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ columns: expect.any(Number), rows: expect.any(Number) });
    expect(r.loaded).toContain('child_process');
  });

  it('run --single loads no crypto: the model hash is computed, and node:crypto loaded, only when a log is written or an ensemble read', () => {
    const run = builtinsLoadedBy(['bin/redline.js', 'run', 'scenarios/baseline.yaml', '--json', '--single']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('milestones');
    expect(run.loaded).not.toContain('crypto');
    expect(builtinsLoadedBy(['bin/redline.js', 'run', 'scenarios/baseline.yaml', '--json']).loaded).toContain('crypto');
    const file = join(dir, 'baseline.jsonl');
    const log = builtinsLoadedBy(['bin/redline.js', 'run', 'scenarios/baseline.yaml', '--log', file]);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/"modelHash":"sha256:[0-9a-f]{64}"/);
    expect(log.loaded).toContain('crypto');
  });
});
