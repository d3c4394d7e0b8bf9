import type { Highlight, LibraryEntry, PaperRef } from '../paper';
import type { MarginaliaDB } from './database';
import { addHighlight, type NewHighlight } from './highlights';
import { addPaper, findPaperFor, setStatus, type NewPaper } from './library';

/** What highlighting a page's paper did: the highlight, its paper, and whether the paper was new to the list. */
export interface PaperHighlight {
  highlight: Highlight;
  entry: LibraryEntry;
  addedPaper: boolean;
}

/**
 * Highlights a passage of a detected paper in one transaction: a paper not yet in the list
 * is added with status "reading" (highlighting is reading), then the highlight is stored.
 * Bad input (no quote, unknown colour) changes nothing, the paper included.
 */
export async function highlightPaper(
  db: MarginaliaDB,
  paper: NewPaper,
  input: Omit<NewHighlight, 'paperId'>,
  now: number,
): Promise<PaperHighlight> {
  return db.transaction('rw', db.papers, db.highlights, async () => {
    let entry = await findPaperFor(db, paper);
    const addedPaper = !entry;
    if (!entry) entry = await setStatus(db, (await addPaper(db, paper, now)).id, 'reading', now);
    const highlight = await addHighlight(db, { ...input, paperId: entry.id }, now);
    return { highlight, entry, addedPaper };
  });
}

/** One highlight by id. */
export function getHighlight(db: MarginaliaDB, id: string): Promise<Highlight | undefined> {
  return db.highlights.get(id);
}
