/**
 * Browsing an imported catalogue entry by entry. Entries are numbered 0 to count - 1 in file
 * order and stored in blocks (./catalogue-blocks.ts), so a page is one key-range read however deep it is, and
 * a title filter scans the catalogue a chunk at a time (the caller shows progress and may
 * stop). Which shown entries are already in your list is one read of the papers' aliases.
 */
import { aliasesOf } from '../aliases';
import type { CatalogueEntry } from '../paper';
import { titleHasWords } from '../search/normalise';
import { catalogueEntriesFrom, type NumberedEntry } from './catalogue-blocks';
import type { MarginaliaDB } from './database';

/** One step of a title scan: what matched in the chunk read, and where the next step starts. */
export interface ScanStep {
  found: NumberedEntry[];
  next: number;
  done: boolean;
}

/** Reads `chunk` entries from number `from` and keeps those whose title holds every word. */
export async function scanCatalogueTitles(db: MarginaliaDB, id: string, words: readonly string[], from: number, chunk: number): Promise<ScanStep> {
  const read = await catalogueEntriesFrom(db, id, from, chunk);
  return {
    found: read.filter(({ entry }) => titleHasWords(entry.title, words)),
    next: from + chunk,
    done: read.length < chunk,
  };
}

/** For the given entries, the id of the paper in your list each one is (by id or title, as pages are matched), keyed by entry id. */
export async function papersForEntries(db: MarginaliaDB, entries: readonly CatalogueEntry[]): Promise<Map<string, string>> {
  const byAlias = new Map<string, string[]>();
  for (const entry of entries) {
    for (const alias of aliasesOf({ ids: entry.ids ?? {}, title: entry.title })) {
      const list = byAlias.get(alias);
      if (list) list.push(entry.id);
      else byAlias.set(alias, [entry.id]);
    }
  }
  const found = new Map<string, string>();
  if (byAlias.size === 0) return found;
  const papers = await db.papers.where('aliases').anyOf([...byAlias.keys()]).toArray();
  for (const paper of papers) {
    for (const alias of paper.aliases) for (const entryId of byAlias.get(alias) ?? []) if (!found.has(entryId)) found.set(entryId, paper.id);
  }
  return found;
}
