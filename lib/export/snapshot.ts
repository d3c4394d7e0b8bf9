/** What every exporter reads: the user's papers and highlights, plus any optional tables. */
import type { Highlight, LibraryEntry } from '../paper';

/** One consistent read of the library (lib/db/backup.ts readSnapshot makes it in one transaction). */
export interface LibrarySnapshot {
  papers: LibraryEntry[];
  highlights: Highlight[];
  /**
   * Rows of optional tables (`catalogues`, `settings`) by table name, present only when the
   * database has that table: the backup carries them without knowing their shape.
   */
  tables: Record<string, unknown[]>;
}

/** Highlights grouped by paper id, each group oldest first (the reading order of a note). */
export function highlightsByPaper(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const groups = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const group = groups.get(h.paperId);
    if (group) group.push(h);
    else groups.set(h.paperId, [h]);
  }
  const order = (a: Highlight, b: Highlight) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const group of groups.values()) {
    // Highlights are usually read in creation order already; checking is cheaper than sorting.
    let sorted = true;
    for (let i = 1; i < group.length && sorted; i++) sorted = order(group[i - 1]!, group[i]!) <= 0;
    if (!sorted) group.sort(order);
  }
  return groups;
}

/** `YYYY-MM-DD` of an epoch-ms time in UTC: exports must not depend on the machine's time zone. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Full ISO 8601 time (UTC) of an epoch-ms time. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** The page of a PDF highlight (1-based, as readers number pages), if it has one. */
export function pageNumberOf(h: Highlight): number | undefined {
  const page = h.target.selector.find((s) => s.type === 'PageSelector');
  return page?.type === 'PageSelector' ? page.index + 1 : undefined;
}

/** The highlighted text itself (the exact quote), or an empty string when none was stored. */
export function quoteOf(h: Highlight): string {
  const quote = h.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : '';
}
