/**
 * What the library page's search service reads and writes: its saved index (derived data,
 * safe to drop), the change journal it replays, and pages of the library for a full build.
 */
import type { Highlight, LibraryEntry } from '../paper';
import type { MarginaliaDB } from './database';
import type { ChangeEntry } from './journal';

/** A row of the `settings` table: one small value by key. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A saved part of the search index (`rows` or `index`), as the service serialised it. */
export interface SearchIndexRecord {
  id: string;
  /** The service's data format: a different one is ignored and rebuilt. */
  format: number;
  savedAt: number;
  /** Serialised JSON: one string is far cheaper for IndexedDB than millions of small objects. */
  data: string;
}

/** The saved parts by id; missing parts are absent. */
export async function loadIndexParts(db: MarginaliaDB, ids: string[]): Promise<Map<string, SearchIndexRecord>> {
  const records = await db.searchIndex.bulkGet(ids);
  return new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** Saves index parts together, in one transaction. */
export async function saveIndexParts(db: MarginaliaDB, parts: SearchIndexRecord[]): Promise<void> {
  await db.transaction('rw', db.searchIndex, () => db.searchIndex.bulkPut(parts));
}

/** Every journal entry: the papers changed since the saved index. */
export function readJournal(db: MarginaliaDB): Promise<ChangeEntry[]> {
  return db.changes.toArray();
}

/**
 * Forgets journal entries the saved index now covers, in one transaction; an entry written
 * again meanwhile (its stamp changed) is kept for next time.
 */
export async function forgetChanges(db: MarginaliaDB, covered: readonly ChangeEntry[]): Promise<void> {
  await db.transaction('rw', db.changes, async () => {
    const now = await db.changes.bulkGet(covered.map((c) => c.paperId));
    const done = covered.filter((c, i) => now[i]?.stamp === c.stamp).map((c) => c.paperId);
    await db.changes.bulkDelete(done);
  });
}

/** One page of papers in id order, after `after` (keyset paging: every page costs the same). */
export function papersPage(db: MarginaliaDB, after: string | undefined, limit: number): Promise<LibraryEntry[]> {
  return (after === undefined ? db.papers.orderBy(':id') : db.papers.where(':id').above(after)).limit(limit).toArray();
}

/** One page of highlights in id order, after `after`. */
export function highlightsPage(db: MarginaliaDB, after: string | undefined, limit: number): Promise<Highlight[]> {
  return (after === undefined ? db.highlights.orderBy(':id') : db.highlights.where(':id').above(after)).limit(limit).toArray();
}

/** Papers by id, undefined for those no longer in the list. */
export function papersById(db: MarginaliaDB, ids: string[]): Promise<(LibraryEntry | undefined)[]> {
  return db.papers.bulkGet(ids);
}

/** The highlights of some papers. */
export function highlightsOfPapers(db: MarginaliaDB, paperIds: string[]): Promise<Highlight[]> {
  return db.highlights.where('paperId').anyOf(paperIds).toArray();
}

/** The most recently added papers: the first screen of the library, before the index is loaded. */
export function newestPapers(db: MarginaliaDB, limit: number): Promise<LibraryEntry[]> {
  return db.papers.orderBy('addedAt').reverse().limit(limit).toArray();
}

/** Number of papers in the list. */
export function paperCount(db: MarginaliaDB): Promise<number> {
  return db.papers.count();
}
