import { useLiveQuery } from 'dexie-react-hooks';
import type { MarginaliaDB } from '../db/database';
import { allTags, findPaperFor } from '../db/library';
import type { LibraryEntry, PaperRef } from '../paper';

/**
 * The library entry of a detected paper, live: `undefined` while reading, `null` when the
 * paper is not in the list. Re-queried only when the paper's identity changes.
 */
export function useLibraryEntry(db: MarginaliaDB, ref: PaperRef | null): LibraryEntry | null | undefined {
  const identity = JSON.stringify([ref?.ids, ref?.title]);
  return useLiveQuery(async () => (ref ? ((await findPaperFor(db, ref)) ?? null) : null), [db, identity]);
}

/** Every tag of the library, most used first, live. */
export function useAllTags(db: MarginaliaDB): string[] {
  return useLiveQuery(() => allTags(db), [db], []);
}
