/**
 * The library search box's language: free words, plus field filters `tag:`, `status:`,
 * `year:`, `site:` and `catalogue:` (a leading `-` negates one; quotes allow spaces in a
 * value). Pure: the box parses on every keystroke, so half-typed input is never an error,
 * only a problem to mention.
 */
import { READING_STATUSES, type ReadingStatus } from '../paper';

/** Fields a filter can name. */
export const FILTER_FIELDS = ['tag', 'status', 'year', 'site', 'catalogue'] as const;

/** A filter's field. */
export type FilterField = (typeof FILTER_FIELDS)[number];

/** One `field:value` of the query. Years are parsed into an inclusive range. */
export type Filter =
  | { field: 'tag' | 'site' | 'catalogue'; value: string; negate: boolean }
  | { field: 'status'; value: ReadingStatus[]; negate: boolean }
  | { field: 'year'; value: { from: number; to: number }; negate: boolean };

/** A parsed query. */
export interface ParsedQuery {
  /** Free-text words, lower-cased, in the order typed. */
  terms: string[];
  filters: Filter[];
  /** What could not be understood (shown as a hint; the rest of the query still applies). */
  problems: string[];
}

/** How text splits into words: MiniSearch's default tokeniser, so typed words are indexed words. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

// A token: optional minus, optional `field:`, then a quoted or bare value.
const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S*))/gi;

function parseYear(raw: string): { from: number; to: number } | undefined {
  const year = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : undefined);
  const range = /^(\d{4})\s*(?:\.\.|-|–)\s*(\d{4})$/.exec(raw);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    return { from: Math.min(a, b), to: Math.max(a, b) };
  }
  const cmp = /^(>=|<=|>|<)(\d{4})$/.exec(raw);
  if (cmp) {
    const y = Number(cmp[2]);
    if (cmp[1] === '>') return { from: y + 1, to: 9999 };
    if (cmp[1] === '>=') return { from: y, to: 9999 };
    if (cmp[1] === '<') return { from: 0, to: y - 1 };
    return { from: 0, to: y };
  }
  const y = year(raw);
  return y === undefined ? undefined : { from: y, to: y };
}

/** Statuses a typed value names: an exact name wins, else every status it begins. */
export function matchStatuses(raw: string): ReadingStatus[] {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const value = key(raw);
  const exact = READING_STATUSES.filter((s) => key(s) === value);
  return exact.length ? exact : READING_STATUSES.filter((s) => key(s).startsWith(value));
}

/** Parses the search box's text. */
export function parseQuery(text: string): ParsedQuery {
  const query: ParsedQuery = { terms: [], filters: [], problems: [] };
  for (const m of text.matchAll(TOKEN)) {
    if (m[0] === '') continue;
    const negate = m[1] === '-';
    const field = m[2]?.toLowerCase();
    const value = (m[3] ?? m[4] ?? '').trim();
    if (field && (FILTER_FIELDS as readonly string[]).includes(field)) {
      if (!value) continue; // Still being typed.
      if (field === 'status') {
        const statuses = matchStatuses(value);
        if (statuses.length) query.filters.push({ field, value: statuses, negate });
        else query.problems.push(`No status is called "${value}" (try to-read, reading or read).`);
      } else if (field === 'year') {
        const range = parseYear(value);
        if (range) query.filters.push({ field, value: range, negate });
        else query.problems.push(`"${value}" is not a year (try 2021, 2019..2021 or >=2020).`);
      } else {
        query.filters.push({ field: field as 'tag' | 'site' | 'catalogue', value: value.toLowerCase(), negate });
      }
      continue;
    }
    // Anything else is text, an unknown `field:` included.
    const words = m[0].toLowerCase().split(WORD_SEPARATOR).filter(Boolean);
    query.terms.push(...words);
  }
  return query;
}
