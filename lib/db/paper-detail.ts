import type { Highlight, LibraryEntry } from '../paper';
import type { MarginaliaDB } from './database';
import { highlightsOf, inCreationOrder } from './highlights';
import { readTogether, requested } from './read';

/** One paper with its highlights (oldest first), read together: what the library's detail pane shows. */
export interface PaperDetail {
  entry: LibraryEntry;
  highlights: Highlight[];
}

/** The paper and its highlights in one read transaction, or null when it is not in the list; live queries follow it. */
export function paperDetail(db: MarginaliaDB, id: string): Promise<PaperDetail | null> {
  return db.transaction('r', db.papers, db.highlights, async () => {
    // Both requests at once: opening a paper waits for one round trip to IndexedDB, not two.
    const [entry, highlights] = await Promise.all([db.papers.get(id), highlightsOf(db, id)]);
    return entry ? { entry, highlights } : null;
  });
}

/**
 * `paperDetail` read past Dexie (lib/db/read.ts), answered without waiting for the
 * read-only commit; a live query cannot follow it, so it serves the pane's first read.
 */
export async function paperDetailNow(db: MarginaliaDB, id: string): Promise<PaperDetail | null> {
  const [entry, highlights] = await readTogether(db, [db.papers.name, db.highlights.name], (tx) =>
    Promise.all([
      requested<LibraryEntry | undefined>(tx.objectStore(db.papers.name).get(id)),
      requested<Highlight[]>(tx.objectStore(db.highlights.name).index('paperId').getAll(id)),
    ]),
  );
  return entry ? { entry, highlights: inCreationOrder(highlights) } : null;
}
