import { FURTHER_SCOPES, PRIMARY_SCOPE, SOURCE_KEYS, isSourceKey } from '../../machines/index.js';
import { parseDay } from '../engine/dates.js';
import { didYouMean } from './errors.js';

/** A problem inside one value, by its path from that value. */
export interface FieldProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What a schema cannot say about a date: that the day exists. */
export function checkCalendarDate(date: unknown, path: FieldProblem['path']): FieldProblem[] {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || parseDay(date) !== undefined) return [];
  return [{ path, message: `"${date}" is not a calendar date; expected a real day as YYYY-MM-DD` }];
}

/** What a schema cannot say about one event: a real date, known source keys, a widened aim's scope. Reads raw data. */
export function checkEventFields(raw: unknown): FieldProblem[] {
  if (raw === null || typeof raw !== 'object') return [];
  const e = raw as { date?: unknown; sources?: unknown; type?: unknown; scope?: unknown };
  const problems = checkCalendarDate(e.date, ['date']);
  if (e.type === 'aim.widened' && (e.scope === undefined || e.scope === PRIMARY_SCOPE)) {
    problems.push({
      path: ['type'],
      message: `aim.widened needs the wider permission Kyiv now wants: add scope: ${FURTHER_SCOPES.join(' | ')}`,
    });
  }
  if (Array.isArray(e.sources)) {
    e.sources.forEach((key: unknown, j) => {
      if (typeof key === 'string' && !isSourceKey(key)) {
        problems.push({ path: ['sources', j], message: `unknown source key "${key}"${didYouMean(key, SOURCE_KEYS)}; known keys: ${SOURCE_KEYS.join(', ')}` });
      }
    });
  }
  return problems;
}
