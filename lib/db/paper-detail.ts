import type { Highlight, LibraryEntry } from '../paper';
import type { MarginaliaDB } from './database';
import { highlightsOf } from './highlights';

/** One paper with its highlights (oldest first), read together: what the library's detail pane shows. */
export interface PaperDetail {
  entry: LibraryEntry;
  highlights: Highlight[];
}

/** The paper and its highlights in one read transaction, or null when it is not in the list. */
export function paperDetail(db: MarginaliaDB, id: string): Promise<PaperDetail | null> {
  return db.transaction('r', db.papers, db.highlights, async () => {
    // Both requests at once: opening a paper waits for one round trip to IndexedDB, not two.
    const [entry, highlights] = await Promise.all([db.papers.get(id), highlightsOf(db, id)]);
    return entry ? { entry, highlights } : null;
  });
}
