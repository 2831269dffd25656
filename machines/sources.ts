/**
 * The reports the model and the scenarios cite, by short key. Every `sources`
 * list in a scenario and every parameter's sources must use these keys. Each names
 * what a reader can find (outlet, headline, date), never a file outside the repository.
 */
export interface Source {
  readonly outlet: string;
  readonly headline: string;
  readonly date: string;
  /**
   * Where a reader finds it online, when the address is known. None is recorded yet: the copies
   * the model was built from carry no address, and outlet, headline and date find each report.
   */
  readonly url?: string;
}

export const SOURCES = {
  'politico-2024-05-31': {
    outlet: 'Politico', date: '2024-05-31',
    headline: 'How Biden got to a \u2018yes\u2019 on letting Ukraine hit inside Russia',
  },
  'wapo-2024-05-30': {
    outlet: 'The Washington Post', date: '2024-05-30',
    headline: 'Biden allows Ukraine to use U.S. weapons against limited targets inside Russia',
  },
  'politico-2024-05-30': {
    outlet: 'Politico', date: '2024-05-30',
    headline: 'Biden secretly gave Ukraine permission to strike inside Russia with US weapons',
  },
  'ap-2024-05-31': {
    outlet: 'Associated Press', date: '2024-05-31',
    headline: 'Biden gives Ukraine go-ahead to use US weapons to strike inside Russia to defend Kharkiv',
  },
  'blog-2024-05-31': {
    outlet: 'Blog summary of the Politico report', date: '2024-05-31',
    headline: 'Biden Administration Permits Ukraine to Strike Near Kharkiv with U.S. Weapons',
  },
  'public-record': {
    outlet: 'Public record (dates the five reports leave vague)', date: '2023-12 to 2024-05',
    headline: 'The last aid package (2023-12-27); the supplemental passed and signed (2024-04-20, 04-23, 04-24); '
      + 'Cameron in Kyiv (2024-05-03); the Armavir radar strike (2024-05-23); Stoltenberg to The Economist (2024-05-24); '
      + 'Putin in Tashkent (2024-05-28)',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];

export function isSourceKey(key: string): key is SourceKey {
  return Object.prototype.hasOwnProperty.call(SOURCES, key);
}
