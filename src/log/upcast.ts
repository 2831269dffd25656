import { LOG_VERSION } from './log-header.js';

type Json = Record<string, unknown>;

/** Turns a header and its events of one format version into the next version's shape, line for line. */
export interface Upcaster {
  header(header: Json): Json;
  event(event: Json, header: Json): Json;
}

/**
 * Upcasters keyed by the version they read. Empty while version 1 is the only format:
 * when the format changes, add `1: { … }` here and commit a log of the old version
 * under test/fixtures/logs/ so that reading it stays tested.
 */
export const UPCASTERS: Readonly<Record<number, Upcaster>> = {};

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
