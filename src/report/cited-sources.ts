import { SOURCE_KEYS, SOURCES, type Source, type SourceKey } from '../../machines/index.js';

/**
 * The sources a text cites by key, in the order of the sources list; a key counts
 * only as a whole word, so `politico-2024-05-30` is not found inside a longer key.
 *
 * @example citedSources('… [politico-2024-05-31]')[0]?.key // 'politico-2024-05-31'
 */
export function citedSources(text: string): (Source & { readonly key: SourceKey })[] {
  return SOURCE_KEYS.filter((key) => new RegExp(`(?<![\\w-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text))
    .map((key) => ({ key, ...SOURCES[key] }));
}
