import type { LogEvent } from '../engine/index.js';
import type { LoadedLog, Verification } from '../log/index.js';

const short = (hash: string): string => hash.slice(0, 'sha256:'.length + 12);

/** What `replay --verify` prints for a person: the verdict, the first divergence with both sides, and the model's hash. */
export function verifyText(log: LoadedLog, v: Verification): string {
  const lines: string[] = [];
  const d = v.divergence;
  if (!d) {
    lines.push(`${log.file}: verified; all ${v.events.log} recorded events match a fresh run of the model`);
  } else {
    lines.push(`${log.file}: diverges at event ${d.seq} of ${v.events.log} (a fresh run gives ${v.events.model} events): ${d.reason}`);
    lines.push(side('recorded', d.seq, d.log, v.events.log), side('model', d.seq, d.model, v.events.model));
    if (d.fields.length > 0) lines.push(`  differs in: ${d.fields.join(', ')}`);
  }
  if (v.defaultsChanged.length > 0) {
    const list = v.defaultsChanged.map((c) => `${c.parameter} ${c.log} → ${c.now}`).join(', ');
    lines.push(`defaults changed since the log was written (machines/parameters.ts): ${list}${d ? '' : '; they do not move this run'}`);
  }
  lines.push(v.modelHash.same
    ? `model: ${short(v.modelHash.current)}, the same model that wrote the log${d ? '; so the log itself differs from what the model writes (edited or damaged?)' : ''}`
    : `model: the log was written by ${short(v.modelHash.log)}; this redline's is ${short(v.modelHash.current)}: the model has changed since${d ? '' : ', but not in a way that moves this run'}`);
  for (const note of v.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

function side(label: string, seq: number, value: unknown, count: number): string {
  const head = `  ${label.padEnd(9)}`;
  if (value === undefined) return `${head}(no event ${seq}: ends after ${count} events)`;
  if (seq === 0) return `${head}${JSON.stringify(value)}`;
  const e = value as LogEvent;
  return `${head}#${e.seq}  ${e.date}  ${e.kind} ${e.type} by ${e.actor}  ${JSON.stringify(e.data)}`;
}
