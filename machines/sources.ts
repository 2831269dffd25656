/**
 * The reports the model and the scenarios cite, by short key. Every `sources`
 * list in a scenario and every parameter's sources must use these keys.
 */
export interface Source {
  readonly outlet: string;
  readonly headline: string;
  readonly date: string;
  /** File name in `../shared/sources/`, when the report is kept there. */
  readonly file?: string;
}

export const SOURCES = {
  'politico-2024-05-31': {
    outlet: 'Politico', date: '2024-05-31',
    headline: 'How Biden got to a \u2018yes\u2019 on letting Ukraine hit inside Russia',
    file: '000_07152998d47f90ed.txt',
  },
  'wapo-2024-05-30': {
    outlet: 'The Washington Post', date: '2024-05-30',
    headline: 'Biden allows Ukraine to use U.S. weapons against limited targets inside Russia',
    file: '001_4d1439e98dd566dc.txt',
  },
  'politico-2024-05-30': {
    outlet: 'Politico', date: '2024-05-30',
    headline: 'Biden secretly gave Ukraine permission to strike inside Russia with US weapons',
    file: '002_67d06586f2329d95.txt',
  },
  'ap-2024-05-31': {
    outlet: 'Associated Press', date: '2024-05-31',
    headline: 'Biden gives Ukraine go-ahead to use US weapons to strike inside Russia to defend Kharkiv',
    file: '003_9c758f25443033a5.txt',
  },
  'blog-2024-05-31': {
    outlet: 'Blog summary of the Politico report', date: '2024-05-31',
    headline: 'Biden Administration Permits Ukraine to Strike Near Kharkiv with U.S. Weapons',
    file: '004_80e76c406be820d7.txt',
  },
  'public-record': {
    outlet: 'Public record (dates the five reports leave vague)', date: '2024',
    headline: 'Dated from the wider public record, as marked in TIMELINE.md',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];

export function isSourceKey(key: string): key is SourceKey {
  return Object.prototype.hasOwnProperty.call(SOURCES, key);
}
