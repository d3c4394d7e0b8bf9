/** Field-wise merge of two versions of one paper: the newer edit wins, tags and ids are united. */
import { MAX_ALIASES } from '../db/library';
import type { LibraryEntry } from '../paper';

/** Tags of both, each once ignoring case, the current ones first in their order. */
export function uniteTags(current: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(current.map((t) => t.toLowerCase()));
  const out = [...current];
  for (const tag of incoming) {
    if (!seen.has(tag.toLowerCase())) out.push(tag);
    seen.add(tag.toLowerCase());
  }
  return out;
}

/**
 * Aliases of both, the current ones first; an incoming alias another paper owns is
 * left to it, and the list stays within MAX_ALIASES (as mergeAliases keeps it).
 */
export function uniteAliases(current: readonly string[], incoming: readonly string[], taken: (alias: string) => boolean): string[] {
  const out = [...current];
  const seen = new Set(current);
  for (const alias of incoming) {
    if (out.length >= MAX_ALIASES) break;
    if (!seen.has(alias) && !taken(alias)) out.push(alias);
    seen.add(alias);
  }
  return out;
}

/**
 * `current` (in the library) merged with `incoming` (from a backup). A record has one
 * `updatedAt`, so "newer" is decided per record and applied per field: every field the
 * newer version has wins, and fields only the older one has are kept. On a tie the
 * library's version wins, so importing the same backup twice changes nothing.
 */
export function mergePaper(current: LibraryEntry, incoming: LibraryEntry, taken: (alias: string) => boolean = () => false): LibraryEntry {
  const incomingNewer = incoming.updatedAt > current.updatedAt;
  const [older, newer] = incomingNewer ? [current, incoming] : [incoming, current];
  const merged: LibraryEntry = { ...older };
  for (const [key, value] of Object.entries(newer)) if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  const statusDates = { ...older.statusDates };
  for (const [status, at] of Object.entries(newer.statusDates) as [keyof typeof statusDates, number | undefined][]) {
    if (typeof at === 'number') statusDates[status] = Math.max(at, statusDates[status] ?? at);
  }
  return {
    ...merged,
    id: current.id,
    ids: { ...older.ids, ...newer.ids },
    aliases: uniteAliases(current.aliases, incoming.aliases, taken),
    tags: uniteTags(current.tags, incoming.tags),
    statusDates,
    addedAt: Math.min(current.addedAt, incoming.addedAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
  };
}
