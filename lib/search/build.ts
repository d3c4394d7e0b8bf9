/**
 * Building rows and the full-text index from the whole library, page by page: for the first
 * start, after a format change, or when a table was cleared. Reads highlights first (their
 * text is indexed with their paper), then papers, handing rows out as they are made.
 */
import type { MatchIndex } from '../catalogue/match';
import type { MarginaliaDB } from '../db/database';
import { highlightsPage, paperCount, papersPage } from '../db/search-store';
import { createTextIndex, type TextIndex } from './engine';
import { docOf, quoteOf, rowOf, type LibraryRow } from './rows';

/** Paging and progress of a build. */
export interface BuildOptions {
  /** Rows read per IndexedDB request. */
  chunk?: number;
  /** Lets queries and messages through between pages. */
  yieldNow?: () => Promise<void>;
  onRows?(rows: LibraryRow[], done: number, total: number): void;
}

/** What a build makes. */
export interface Built {
  rows: Map<string, LibraryRow>;
  index: TextIndex;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Builds every row and the index from the database. */
export async function buildAll(db: MarginaliaDB, catalogues: MatchIndex | null, options: BuildOptions = {}): Promise<Built> {
  const chunk = options.chunk ?? 2_000;
  const pause = options.yieldNow ?? defaultYield;
  // Highlight text by paper: the passages and comments, counted as they come.
  const text = new Map<string, { count: number; parts: string[] }>();
  for (let after: string | undefined; ; ) {
    const page = await highlightsPage(db, after, chunk);
    for (const h of page) {
      const entry = text.get(h.paperId) ?? { count: 0, parts: [] };
      entry.count++;
      entry.parts.push(quoteOf(h));
      if (h.comment) entry.parts.push(h.comment);
      text.set(h.paperId, entry);
    }
    if (page.length < chunk) break;
    after = page[page.length - 1]!.id;
    await pause();
  }
  const total = await paperCount(db);
  const rows = new Map<string, LibraryRow>();
  const index = createTextIndex();
  for (let after: string | undefined; ; ) {
    const page = await papersPage(db, after, chunk);
    const made: LibraryRow[] = [];
    for (const paper of page) {
      const highlights = text.get(paper.id);
      const row = rowOf(paper, highlights?.count ?? 0, catalogues);
      rows.set(row.id, row);
      made.push(row);
      index.add(docOf(paper, highlights?.parts.join('\n') ?? ''));
      text.delete(paper.id);
    }
    options.onRows?.(made, rows.size, Math.max(total, rows.size));
    if (page.length < chunk) break;
    after = page[page.length - 1]!.id;
    await pause();
  }
  return { rows, index };
}
