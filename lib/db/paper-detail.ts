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
    const entry = await db.papers.get(id);
    return entry ? { entry, highlights: await highlightsOf(db, id) } : null;
  });
}
