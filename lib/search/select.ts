/**
 * From all rows to the rows shown: field filters, the quick title/author match used while
 * the full-text index loads, and sorting by any column. Pure and sized for 50,000 rows.
 */
import { WORD_SEPARATOR, type Filter, type ParsedQuery } from './query';
import type { LibraryRow } from './rows';
import { normaliseTerm } from './normalise';

/** Columns the table sorts by; `relevance` is the search's own order. */
export const SORT_KEYS = ['relevance', 'title', 'authors', 'year', 'venue', 'status', 'tags', 'addedAt', 'readAt', 'highlights'] as const;

/** A sortable column. */
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort order. */
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Newest first: the order of an empty search. */
export const DEFAULT_SORT: SortSpec = { key: 'addedAt', dir: 'desc' };

/** Best match first for words (newest first without): the page's initial order. */
export const RELEVANCE: SortSpec = { key: 'relevance', dir: 'desc' };

function matchesOne(row: LibraryRow, filter: Filter): boolean {
  switch (filter.field) {
    case 'tag':
      return row.tags.some((t) => t.toLowerCase() === filter.value);
    case 'status':
      return filter.value.includes(row.status);
    case 'year':
      return row.year !== undefined && row.year >= filter.value.from && row.year <= filter.value.to;
    case 'site': {
      // Any dot-suffix of the host: `site:springer` finds link.springer.com.
      const parts = row.site.split('.');
      return parts.some((_, i) => parts.slice(i).join('.').startsWith(filter.value));
    }
    case 'catalogue':
      if (filter.value === 'any' || filter.value === 'yes') return row.catalogue !== undefined;
      if (filter.value === 'none' || filter.value === 'no') return row.catalogue === undefined;
      return row.catalogue?.toLowerCase().startsWith(filter.value) ?? false;
  }
}

/** Whether a row passes the filters: same-field filters are alternatives, fields all apply, negations exclude. */
export function passesFilters(row: LibraryRow, filters: readonly Filter[]): boolean {
  const byField = new Map<string, boolean>();
  for (const f of filters) {
    const hit = matchesOne(row, f);
    if (f.negate) {
      if (hit) return false;
    } else byField.set(f.field, (byField.get(f.field) ?? false) || hit);
  }
  for (const ok of byField.values()) if (!ok) return false;
  return true;
}

const words = new WeakMap<LibraryRow, string[]>();

/** Whether every (normalised) term begins a word of the row's title, authors, venue or tags. */
export function quickMatch(row: LibraryRow, terms: readonly string[]): boolean {
  let list = words.get(row);
  if (!list) {
    list = normaliseTerm([row.title, row.authors, row.venue ?? '', ...row.tags].join(' ')).split(WORD_SEPARATOR);
    words.set(row, list);
  }
  return terms.every((term) => list.some((w) => w.startsWith(term)));
}

const STATUS_ORDER = { 'to-read': 0, reading: 1, read: 2 } as const;

function sortValue(row: LibraryRow, key: SortKey): string | number {
  switch (key) {
    case 'title':
      return row.title.toLowerCase();
    case 'authors':
      return row.authors.toLowerCase();
    case 'venue':
      return (row.venue ?? '').toLowerCase();
    case 'tags':
      return row.tags.join(',').toLowerCase();
    case 'status':
      return STATUS_ORDER[row.status];
    case 'year':
      return row.year ?? 0;
    case 'readAt':
      return row.readAt ?? 0;
    case 'highlights':
      return row.highlights;
    default:
      return row.addedAt;
  }
}

/** Sorts rows by a column (stable; empty values last when ascending, ties newest first). */
export function sortRows(rows: LibraryRow[], sort: SortSpec): LibraryRow[] {
  if (sort.key === 'relevance') return rows;
  // Keys computed once per row: comparing precomputed strings is far cheaper than localeCompare.
  const keyed = rows.map((row) => ({ row, key: sortValue(row, sort.key) }));
  const sign = sort.dir === 'asc' ? 1 : -1;
  keyed.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : b.row.addedAt - a.row.addedAt));
  return keyed.map((k) => k.row);
}

/**
 * The ids to show: text hits in their order (or every row when there are no words), then
 * the filters, then the sort (`relevance` keeps the hits' order, or newest first).
 * `sortedAll`, when given, is every row already in the effective order: the service keeps
 * it between keystrokes, as sorting 50,000 rows again each time would cost tens of ms.
 */
export function selectRows(
  rows: ReadonlyMap<string, LibraryRow>,
  query: ParsedQuery,
  textHits: readonly string[] | null,
  sort: SortSpec,
  sortedAll?: readonly LibraryRow[],
): string[] {
  const effective = effectiveSort(sort, textHits !== null);
  if (textHits) {
    const picked: LibraryRow[] = [];
    for (const id of textHits) {
      const row = rows.get(id);
      if (row && passesFilters(row, query.filters)) picked.push(row);
    }
    return sortRows(picked, effective).map((r) => r.id);
  }
  const terms = query.terms.map(normaliseTerm);
  const ordered = sortedAll ?? sortRows([...rows.values()], effective);
  const ids: string[] = [];
  for (const row of ordered) {
    if (passesFilters(row, query.filters) && (terms.length === 0 || quickMatch(row, terms))) ids.push(row.id);
  }
  return ids;
}

/** The order actually used: relevance means newest first when there is no text ranking. */
export function effectiveSort(sort: SortSpec, ranked: boolean): SortSpec {
  return sort.key === 'relevance' && !ranked ? DEFAULT_SORT : sort;
}
