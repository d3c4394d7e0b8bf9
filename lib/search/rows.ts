/**
 * The library list's rows and the search documents behind them, made from library entries.
 * A row is what the table shows and filters on (small: 50,000 of them fit in a few MB); a
 * document is the text the full-text index reads, never kept once indexed.
 */
import type { MatchIndex } from '../catalogue/match';
import type { Highlight, LibraryEntry, PaperIds, ReadingStatus } from '../paper';

/** One paper as the library table shows it. */
export interface LibraryRow {
  id: string;
  title: string;
  /** Authors joined with commas: shown and searched as one string. */
  authors: string;
  year?: number;
  venue?: string;
  ids: PaperIds;
  status: ReadingStatus;
  tags: string[];
  addedAt: number;
  readAt?: number;
  highlights: number;
  /** Host of the paper's page without `www.` (`arxiv.org`), for `site:`. */
  site: string;
  /** The catalogue and entry the paper matched, for `catalogue:` and the catalogue browser. */
  catalogue?: string;
  catalogueEntry?: string;
  /** Hash of the indexed text of the paper itself: unchanged means no re-indexing. */
  textHash: number;
}

/** The text of one paper for the full-text index. */
export interface SearchDoc {
  id: string;
  title: string;
  authors: string;
  abstract: string;
  note: string;
  /** Every highlighted passage and comment, one per line. */
  highlights: string;
}

/** The host of a URL without `www.`, or '' when it is no URL. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** 32-bit FNV-1a: a cheap fingerprint, enough to notice that a text changed. */
export function hashText(parts: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

const ownText = (entry: LibraryEntry) => [entry.title, entry.authors.join(', '), entry.abstract ?? '', entry.note];

/** The row of a library entry. */
export function rowOf(entry: LibraryEntry, highlightCount: number, catalogues: MatchIndex | null): LibraryRow {
  const match = catalogues?.match({ ids: entry.ids, title: entry.title, abstract: entry.abstract });
  return {
    id: entry.id,
    title: entry.title,
    authors: entry.authors.join(', '),
    ...(entry.year !== undefined ? { year: entry.year } : {}),
    ...(entry.venue ? { venue: entry.venue } : {}),
    ids: entry.ids,
    status: entry.status,
    tags: entry.tags,
    addedAt: entry.addedAt,
    ...(entry.statusDates.read !== undefined ? { readAt: entry.statusDates.read } : {}),
    highlights: highlightCount,
    site: siteOf(entry.url),
    ...(match ? { catalogue: match.catalogueId, catalogueEntry: match.entry.id } : {}),
    textHash: hashText(ownText(entry)),
  };
}

/** The quote of a highlight: its text-quote selector's exact text. */
export function quoteOf(highlight: Highlight): string {
  for (const s of highlight.target.selector) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
}

/** The indexed text of a paper's highlights: each passage and its comment, one per line. */
export function highlightText(highlights: readonly Highlight[]): string {
  return highlights.map((h) => (h.comment ? `${quoteOf(h)}\n${h.comment}` : quoteOf(h))).join('\n');
}

/** The search document of a library entry, given its highlights' text. */
export function docOf(entry: LibraryEntry, highlights: string): SearchDoc {
  return {
    id: entry.id,
    title: entry.title,
    authors: entry.authors.join(', '),
    abstract: entry.abstract ?? '',
    note: entry.note,
    highlights,
  };
}

/** A row with its catalogue match recomputed (the catalogues changed since it was made). */
export function withCatalogue(row: LibraryRow, catalogues: MatchIndex | null): LibraryRow {
  const { catalogue: _c, catalogueEntry: _e, ...rest } = row;
  const match = catalogues?.match({ ids: row.ids, title: row.title });
  return match ? { ...rest, catalogue: match.catalogueId, catalogueEntry: match.entry.id } : rest;
}

/** Whether a changed entry's own text differs from what its row was indexed with. */
export function textChanged(entry: LibraryEntry, row: LibraryRow | undefined): boolean {
  return !row || row.textHash !== hashText(ownText(entry));
}
