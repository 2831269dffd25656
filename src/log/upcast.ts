import { LOG_VERSION } from './log-header.js';

type Json = Record<string, unknown>;

/** Turns a header and its events of one format version into the next version's shape, line for line. */
export interface Upcaster {
  header(header: Json): Json;
  event(event: Json, header: Json): Json;
}

/**
 * Upcasters keyed by the version they read. When the format changes, add one here and
 * commit a log of the old version under test/fixtures/logs/ so that reading it stays tested.
 */
export const UPCASTERS: Readonly<Record<number, Upcaster>> = {
  // Version 2 adds played runs (`inputs.play`, `player.chose` inputs); a version 1 log has neither, so it reads as it is.
  1: { header: (h) => ({ ...h, version: 2 }), event: (e) => e },
};

/** The chain of upcasters from `version` to the current one, or the first version with none. */
export function upcasterChain(version: number, registry = UPCASTERS): Upcaster[] | { missing: number } {
  const chain: Upcaster[] = [];
  for (let v = version; v < LOG_VERSION; v++) {
    const u = registry[v];
    if (!u) return { missing: v };
    chain.push(u);
  }
  return chain;
}
