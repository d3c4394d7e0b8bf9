/**
 * CSV for spreadsheets: one row per paper. Cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`…) get a leading `'` — titles come from web pages, and a
 * CSV is an injection vector (https://owasp.org/www-community/attacks/CSV_Injection).
 */
import Papa from 'papaparse';
import type { LibraryEntry } from '../paper';
import { isoTime } from './snapshot';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'title', 'authors', 'year', 'venue', 'status', 'tags', 'arxiv', 'doi', 'openreview', 'acl',
  'other_ids', 'url', 'pdf_url', 'added', 'updated', 'highlights', 'note', 'abstract', 'marginalia_id',
] as const;

const OWN_COLUMNS = new Set(['arxiv', 'doi', 'openreview', 'acl']);

/** Ids without a column of their own, as `kind:value` joined with `; `. */
function otherIds(entry: LibraryEntry): string {
  return Object.entries(entry.ids)
    .filter(([kind, value]) => !OWN_COLUMNS.has(kind) && typeof value === 'string' && value)
    .map(([kind, value]) => `${kind}:${String(value)}`)
    .join('; ');
}

/** One paper as a CSV row (lists joined with `; `, times in ISO 8601 UTC). */
export function csvRow(entry: LibraryEntry, highlightCount: number): string[] {
  return [
    entry.title, entry.authors.join('; '), entry.year === undefined ? '' : String(entry.year), entry.venue ?? '',
    entry.status, entry.tags.join('; '), entry.ids.arxiv ?? '', entry.ids.doi ?? '', entry.ids.openreview ?? '',
    entry.ids.acl ?? '', otherIds(entry), entry.url, entry.pdfUrl ?? '', isoTime(entry.addedAt), isoTime(entry.updatedAt),
    String(highlightCount), entry.note, entry.abstract ?? '', entry.id,
  ];
}

/**
 * The CSV text with a header row, CRLF line ends (RFC 4180) and a byte-order mark so that
 * Excel reads it as UTF-8.
 */
export function toCsv(rows: readonly string[][]): string {
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows as string[][] }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
