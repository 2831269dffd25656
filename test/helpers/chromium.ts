import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian's headless browser, when installed (CI installs it; see .ci/run). */
export const HAS_CHROMIUM = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).status === 0;

/**
 * Opens an HTML file in headless Chromium and returns the DOM after load and
 * every message the page sent to its console: uncaught errors, and the
 * violations its Content-Security-Policy logs for each request it blocked.
 */
export function openInChromium(file: string): { dom: string; console: string[] } {
  const profile = mkdtempSync(join(tmpdir(), 'redline-chromium-'));
  try {
    const r = spawnSync('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0',
      '--dump-dom', pathToFileURL(file).href,
    ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr.slice(-2000)}`);
    // Chromium's own complaints (no D-Bus, no GPU) are not the page's; only CONSOLE lines are.
    return { dom: r.stdout, console: r.stderr.split('\n').filter((l) => /:CONSOLE(?::\d+)?\]/.test(l)) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
