import { describe, it, expect } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

const build = (...args: string[]) => execFileSync(process.execPath, ['scripts/build.mjs', ...args], { encoding: 'utf8' });

describe('the build (scripts/build.mjs)', () => {
  it('swaps a fresh build in and leaves the old one whole, so a running process never loses a chunk', () => {
    build();
    const before = realpathSync('dist');
    const chunks = readdirSync(join(before, 'chunks'));
    build('--force');
    expect(lstatSync('dist').isSymbolicLink()).toBe(true);
    expect(realpathSync('dist')).not.toBe(before);
    for (const chunk of chunks) expect(existsSync(join(before, 'chunks', chunk))).toBe(true);
    expect(execFileSync(process.execPath, ['bin/redline.js', '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);

  it('a sweep on worker threads started from the bin finishes while a build runs beside it', async () => {
    const rebuild = spawn(process.execPath, ['scripts/build.mjs', '--force'], { stdio: 'ignore' });
    const done = new Promise((resolve) => rebuild.on('exit', resolve));
    const sweep = execFileSync(process.execPath,
      ['bin/redline.js', 'sweep', 'scenarios/baseline-uncertain.yaml', '--runs', '300', '--workers', '2', '--summary', '--json'],
      { encoding: 'utf8' });
    expect(JSON.parse(sweep)).toMatchObject({ runs: 300 });
    expect(await done).toBe(0);
  }, 120_000);

  it('does nothing when the sources have not changed (npx and npm install run prepare again)', () => {
    build();
    const before = realpathSync('dist');
    expect(build()).toContain('dist/ is up to date');
    expect(realpathSync('dist')).toBe(before);
  }, 120_000);
});
