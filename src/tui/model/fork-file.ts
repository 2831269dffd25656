import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ParameterName, Params } from '../../../machines/index.js';
import type { Change } from '../../scenario/changes.js';
import { yamlLib } from '../../scenario/yaml-lib.js';
import type { Session } from './session.js';

/** What a fork's scenario file says about itself. */
export interface ForkHeader {
  readonly id: string;
  /** The id of the scenario it extends. */
  readonly parent: string;
  readonly parentTitle: string;
  /** How the file names its parent in `extends`, when not by `parent`'s id (a path, for a fork of a recorded log). */
  readonly extends?: string;
  /** Where the fork was made: step and date. */
  readonly at: { readonly seq: number; readonly date: string | null };
}

/** A change in words, e.g. `removes cameron-kyiv-remarks`. */
export function describeChange(change: Change, params: Params): string {
  if ('move' in change) return `moves ${change.move} to ${change.to}`;
  if ('remove' in change) return `removes ${change.remove}`;
  if ('add' in change) return `adds ${change.add.type} by ${change.add.actor} on ${change.add.date} (${change.add.id})`;
  return `sets ${change.set.parameter} to ${change.set.value} (model value ${params[change.set.parameter as ParameterName]})`;
}

/**
 * The text of a scenario file that `extends` its parent and lists the fork's
 * changes, `add` and `set` written inline as in hand-written scenarios.
 */
export function forkScenarioText(header: ForkHeader, changes: readonly Change[], params: Params): string {
  const { Document, isMap, isSeq } = yamlLib();
  const words = changes.map((c) => describeChange(c, params));
  const where = header.at.date ? `step ${header.at.seq} (${header.at.date})` : `step ${header.at.seq}`;
  const doc = new Document({
    id: header.id,
    title: `${header.parentTitle}: what if it ${words[0] ?? 'stayed the same'}${words.length > 1 ? `, and ${words.length - 1} more` : ''}`,
    summary: `Forked from ${header.parent} at ${where} in the terminal UI; it ${words.join('; ') || 'changes nothing'}.`,
    extends: header.extends ?? header.parent,
    changes,
  });
  const list = doc.get('changes', true);
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        const key = (pair.key as { value?: unknown }).value;
        if ((key === 'add' || key === 'set') && isMap(pair.value)) pair.value.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** The first `<parent>-fork-<n>` id whose file does not exist yet. */
export function nextForkId(parent: string, exists: (id: string) => boolean): string {
  let n = 1;
  while (exists(`${parent}-fork-${n}`)) n++;
  return `${parent}-fork-${n}`;
}

/** The scenario text `w` writes for a session's fork, its id taken from the file name; `parent` is what it `extends`. */
export function forkFileText(session: Session, path: string, parent?: string): string {
  const id = basename(path).replace(/\.ya?ml$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `${session.origin.id}-fork`;
  return forkScenarioText(
    { id, parent: session.origin.id, ...(parent ? { extends: parent } : {}), parentTitle: session.origin.title, at: session.forkedAt ?? { seq: 0, date: null } },
    session.changes, session.origin.run.inputs.params,
  );
}

/** Where the TUI saves forks: a folder of the user's own (listed in .gitignore), never the shipped scenarios/. */
export const FORKS_DIR = 'forks';

/** Where `w` offers to write: forks/, under the first free `<id>-fork-<n>.yaml`. */
export function forkPath(session: Session, exists: (path: string) => boolean): string {
  return join(FORKS_DIR, `${nextForkId(session.origin.id, (id) => exists(join(FORKS_DIR, `${id}.yaml`)))}.yaml`);
}

/** How a fork at `path` names a scenario file it extends: by id beside it, else by a path relative to it. */
export function extendsRefTo(scenarioFile: string, id: string, path: string): string {
  const rel = relative(resolve(dirname(path)), resolve(scenarioFile)).split(sep).join('/');
  if (!rel.includes('/')) return id;
  return rel.startsWith('.') ? rel : `./${rel}`;
}
