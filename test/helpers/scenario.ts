import { mkdtempSync, writeFileSync } from 'node:fs';
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
