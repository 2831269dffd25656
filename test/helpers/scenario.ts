import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASELINE = 'scenarios/baseline.yaml';

/** Writes a YAML text into a fresh temp folder and returns its path. */
export function tempScenario(text: string, name = 'scenario.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A minimal valid scenario with one event; override lines by passing the YAML of the events. */
export function scenarioText(events = '', head = 'id: tiny\ntitle: Tiny\nsummary: A one-event scenario.\n'): string {
  return `${head}events:\n${events || `  - id: call\n    date: 2024-05-13\n    actor: nsc\n    type: call.held\n    summary: A call\n    level: principals\n    parties: [nsc, kyiv]\n    sources: [ap-2024-05-31]\n`}`;
}

/** Writes several YAML files into one fresh temp folder; returns the folder and a path for each name. */
export function tempFolder(files: Record<string, string>): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'redline-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name) };
}

/** The head of a what-if that extends `parent`, followed by the given YAML lines. */
export function whatIf(id: string, parent: string, rest = ''): string {
  return `id: ${id}\ntitle: ${id}\nsummary: What if?\nextends: ${parent}\n${rest}`;
}

/** The baseline file's text, for fixtures that extend it from a temp folder. */
export const BASELINE_TEXT = readFileSync(BASELINE, 'utf8');
